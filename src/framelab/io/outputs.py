"""Deterministic, all-or-nothing writing of stage outputs.

Outputs are first written to a temporary folder beside their destination and moved into place
only when every one of them was written, so a failing stage leaves no partial output.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported where a table is read (notebook stages move
    import pandas as pd  # their outputs with this module before they import it)

FLOAT_DIGITS = 6


def round_floats(obj: Any, digits: int = FLOAT_DIGITS) -> Any:
    """Round every float in a nested structure, so JSON output is stable across runs."""
    if isinstance(obj, float):
        if math.isnan(obj) or math.isinf(obj):
            return None
        return round(obj, digits)
    if isinstance(obj, dict):
        return {str(k): round_floats(v, digits) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [round_floats(v, digits) for v in obj]
    if hasattr(obj, "item"):  # numpy scalars
        return round_floats(obj.item(), digits)
    return obj


ID_COLUMNS = ("article_id", "id", "article_a", "article_b", "top_article")  # text, never numbers


def read_csv(path: Path, **kwargs) -> pd.DataFrame:
    """A CSV table with its id columns read as text, so ids such as ``0001`` keep their form
    and match the corpus (pandas would read them as the number 1)."""
    import pandas as pd

    dtype = dict.fromkeys(ID_COLUMNS, str) | (kwargs.pop("dtype", None) or {})
    return pd.read_csv(path, dtype=dtype, **kwargs)


def write_json(obj: Any, path: Path) -> None:
    """Write JSON with sorted keys, rounded floats and a trailing newline."""
    text = json.dumps(round_floats(obj), indent=2, sort_keys=True, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """Write a table as UTF-8 CSV with a fixed float format and no index."""
    df.to_csv(path, index=False, float_format=f"%.{FLOAT_DIGITS}g", lineterminator="\n")


def append_csv(df: pd.DataFrame, path: Path, header: bool = False) -> None:
    """Append rows to a CSV table as :func:`write_csv` writes them (``header``: start the file
    with the header line), so a table written chunk by chunk equals one written at once."""
    df.to_csv(
        path,
        mode="w" if header else "a",
        header=header,
        index=False,
        float_format=f"%.{FLOAT_DIGITS}g",
        lineterminator="\n",
    )


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    """Write a table as Parquet without the index."""
    df.to_parquet(path, index=False)


@contextmanager
def staged_outputs(destinations: list[Path]) -> Iterator[dict[Path, Path]]:
    """Yield a map destination -> temporary path; move all into place only if the block succeeds.

    Nothing is written to a destination if the block raises.
    """
    tmp_dirs: dict[Path, Path] = {}
    staged: dict[Path, Path] = {}
    try:
        for dest in destinations:
            dest.parent.mkdir(parents=True, exist_ok=True)
            parent = dest.parent
            if parent not in tmp_dirs:
                tmp_dirs[parent] = Path(tempfile.mkdtemp(prefix=".framelab-", dir=parent))
            staged[dest] = tmp_dirs[parent] / dest.name
        yield staged
        move_into_place(staged)
    finally:
        for tmp_dir in tmp_dirs.values():
            shutil.rmtree(tmp_dir, ignore_errors=True)


def move_into_place(staged: dict[Path, Path], what: str = "stage") -> None:
    """Move each written temporary path onto its destination (a folder replaces a folder);
    nothing moves unless every one was written. Keys name the outputs in the error."""
    missing = [str(d) for d, t in staged.items() if not t.exists()]
    if missing:
        raise RuntimeError(f"{what} did not write its outputs: {', '.join(missing)}")
    for dest, tmp in staged.items():
        Path(dest).parent.mkdir(parents=True, exist_ok=True)
        if Path(dest).is_dir() and not Path(dest).is_symlink():
            shutil.rmtree(dest)
        os.replace(tmp, dest)


def write_all(writers: dict[Path, Callable[[Path], None]]) -> None:
    """Run each writer on a temporary path, then move all outputs into place together."""
    with staged_outputs(list(writers)) as staged:
        for dest, write in writers.items():
            write(staged[dest])

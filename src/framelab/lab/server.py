"""JupyterLab for the project (loaded by ``jupyter_server_config.py``, started by ``make lab``).

* Pipeline outputs (``reports/`` but the template, and ``data/processed/``) are read-only:
  JupyterLab shows them as such and never autosaves them; a save into them (*Save As*) is
  refused with HTTP 403 and a message that says why and where to save instead.
* Pipeline notebooks (``notebooks/<stage>.ipynb``) and the starter notebook are saved without
  outputs (:func:`framelab.lab.notebooks.normalize_source`); every other notebook keeps its outputs.
* Every kernel starts in the repository root, so ``"data/processed/passages.parquet"`` works in
  any notebook; ``JPY_SESSION_NAME`` still names the notebook (see :mod:`framelab.lab.exploring`).
"""

from __future__ import annotations

import os
from pathlib import PurePosixPath
from typing import Any

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from jupyter_server.services.sessions.sessionmanager import SessionManager
from jupyter_server.utils import to_os_path
from tornado.web import HTTPError

from framelab.lab.notebooks import normalize_source

PROTECTED = ("reports", "data/processed")
WRITABLE_IN_PROTECTED = (
    "reports/templates",
    "reports/references.bib",
    "reports/README.md",
    "reports/scratch",
)
STRIPPED_FOLDERS = ("notebooks",)
STRIPPED_FILES = ("notebooks/explore/starter.ipynb",)
SAVE_HINT = "notebooks/explore/"


def _under(path: PurePosixPath, folder: str) -> bool:
    return path.parts[: len(PurePosixPath(folder).parts)] == PurePosixPath(folder).parts


def is_protected(path: str) -> bool:
    """Whether ``path`` (relative to the repository) is a pipeline output or inside one."""
    p = PurePosixPath(path.strip("/"))
    if any(_under(p, w) for w in WRITABLE_IN_PROTECTED):
        return False
    return any(_under(p, folder) for folder in PROTECTED)


def is_stripped(path: str) -> bool:
    """Whether a notebook at ``path`` is committed without outputs (pipeline notebooks, starter)."""
    p = PurePosixPath(path.strip("/"))
    return str(p.parent) in STRIPPED_FOLDERS or str(p) in STRIPPED_FILES


def refusal(path: str) -> str:
    """Why a save into ``path`` is refused, and where to save instead (ASCII only)."""
    return (
        f"Not saved: {path.strip('/')} is a pipeline output (DVC regenerates it with "
        f"`dvc repro`, and a change would make the pipeline stale). Use File > Save As... "
        f"with a path under {SAVE_HINT} (for example {SAVE_HINT}my-analysis.ipynb) to keep "
        "your work there."
    )


def save_hook(model: dict[str, Any], path: str, **_: Any) -> None:
    """``ContentsManager`` pre-save hook: refuse pipeline outputs, normalise pipeline notebooks.

    Jupyter lets a hook reject a save only with ``tornado.web.HTTPError``; JupyterLab's dialog
    shows the error's ``message`` (from ``log_message``), the status line its ASCII ``reason``.
    """
    if is_protected(path):
        raise HTTPError(403, refusal(path).replace("%", "%%"), reason="Pipeline output")
    if model.get("type") == "notebook" and is_stripped(path):
        normalize_source(model["content"])


def kernel_language_info() -> dict[str, Any]:
    """The ``language_info`` an ipykernel of this Python reports."""
    from ipykernel.ipkernel import IPythonKernel

    return dict(IPythonKernel.language_info)


class ProjectContentsManager(AsyncLargeFileManager):
    """Contents manager that reports pipeline outputs as not writable (no autosave there)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.register_pre_save_hook(save_hook)

    async def get(self, path: str, content: bool = True, type: str | None = None, **kw: Any):
        """The model of ``path``, with ``writable`` false for pipeline outputs, and a stripped
        notebook's ``language_info`` as the kernel will report it (else JupyterLab marks the
        notebook unsaved as soon as the kernel starts; the save hook strips it again)."""
        model = await super().get(path, content=content, type=type, **kw)
        if is_protected(path):
            model["writable"] = False
        if model.get("type") == "notebook" and model.get("content"):
            metadata = model["content"].setdefault("metadata", {})
            if "version" not in metadata.get("language_info", {}):
                metadata["language_info"] = kernel_language_info()
        return model

    async def delete_file(self, path: str) -> None:
        """Delete ``path``, unless it is a pipeline output (Save As would delete, then save)."""
        if is_protected(path):
            raise HTTPError(403, refusal(path).replace("%", "%%"), reason="Pipeline output")
        await super().delete_file(path)

    async def rename_file(self, old_path: str, new_path: str) -> None:
        """Rename, unless either path is a pipeline output."""
        for path in (old_path, new_path):
            if is_protected(path):
                raise HTTPError(403, refusal(path).replace("%", "%%"), reason="Pipeline output")
        await super().rename_file(old_path, new_path)


class RootKernelManager(AsyncMappingKernelManager):
    """Kernel manager that starts every kernel in the repository root."""

    def cwd_for_path(self, path: str, **kwargs: Any) -> str:
        """The repository root, whatever the notebook's folder."""
        return self.root_dir


class ProjectSessionManager(SessionManager):
    """Session manager whose kernels learn their notebook's full path in ``JPY_SESSION_NAME``."""

    def get_kernel_env(self, path: str | None, name: Any = None) -> dict[str, str]:
        """The environment of a session's kernel."""
        root = self.contents_manager.root_dir
        full = to_os_path(path or "", root)
        if name is not None and not full.endswith(str(name)):
            full = os.path.join(os.path.dirname(full), str(name))
        return {**os.environ, "JPY_SESSION_NAME": full}

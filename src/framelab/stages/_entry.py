"""What every stage entry does around its work: load the config, report bad input, exit codes."""

from __future__ import annotations

from collections.abc import Callable

from framelab.errors import InputError, print_bad_input


def run_stage(name: str, work: Callable[[], None]) -> int:
    """Run one stage; bad input is printed (grouped) and gives exit code 2."""
    try:
        work()
    except InputError as exc:
        return print_bad_input(f"stage {name}", exc)
    return 0


def stage_executor(may_fork: bool = False):
    """The executor the environment asks for (``FRAMELAB_SCHEDULER``: ``auto`` by default,
    ``serial``, ``processes`` or a Dask scheduler ``tcp://host:port``; ``FRAMELAB_WORKERS``).
    Runtime settings are not parameters: they never change a result, only where it is computed.
    ``may_fork``: workers may be forked from the stage (:mod:`framelab.runtime.executor`)."""
    from framelab.runtime.executor import make_executor

    return make_executor(may_fork=may_fork)


def chunk_size(default: int) -> int:
    """Articles per task: ``$FRAMELAB_CHUNK`` or ``default`` (memory per worker, not results)."""
    import os

    return int(os.environ.get("FRAMELAB_CHUNK") or default)

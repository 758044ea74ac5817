"""Runtime seams for large corpora: executors (serial, local processes, Dask) and chunked Parquet.

Runtime settings (``FRAMELAB_SCHEDULER``, ``FRAMELAB_WORKERS``) decide *where* work runs, never
*what* comes out: every executor yields results in input order, so outputs are byte-identical
for any worker count.
"""

from framelab.runtime.executor import (
    DaskExecutor,
    Executor,
    ProcessExecutor,
    SerialExecutor,
    make_executor,
)

__all__ = ["DaskExecutor", "Executor", "ProcessExecutor", "SerialExecutor", "make_executor"]

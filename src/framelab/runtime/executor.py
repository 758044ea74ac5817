"""Executors: ``map(fn, items)`` yielding results in input order, serially, in local processes
or on a Dask cluster.

``fn`` must be picklable (a module-level function or a ``functools.partial`` of one); items are
sent in batches of ``batch_size`` and at most ``max_in_flight`` batches are pending at a time, so
memory stays bounded whatever the number of items. Choose one with :func:`make_executor`
(``FRAMELAB_SCHEDULER`` = ``auto`` | ``serial`` | ``processes`` | ``tcp://host:port``,
``FRAMELAB_WORKERS``, ``FRAMELAB_START_METHOD``); these are runtime settings and never change
results.

Local workers are started with ``spawn`` (a fresh interpreter: safe with threads, on every OS), or
forked where the caller allows it (``may_fork``) and the OS is Linux. A forked worker starts in
milliseconds with the caller's modules and compiled patterns, where a spawned one spends about
half a second importing them. It shares the caller's memory copy-on-write, and that shared memory
counts again in each worker's resident size: a caller allows forking where its own memory is
small or left untouched while the workers run (measured by ``make bench-scale``).
"""

from __future__ import annotations

import itertools
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

SCHEDULER_ENV = "FRAMELAB_SCHEDULER"
WORKERS_ENV = "FRAMELAB_WORKERS"
START_METHOD_ENV = "FRAMELAB_START_METHOD"  # spawn | fork | forkserver (default: see start_method)
START_METHODS = ("spawn", "fork", "forkserver")


class Executor(Protocol):
    """Anything with ``map(fn, items) -> Iterator`` in input order, ``workers`` and ``close``."""

    workers: int

    def map(self, fn: Callable, items: Iterable, desc: str = "") -> Iterator: ...

    def close(self) -> None: ...


def _apply_batch(fn: Callable, batch: list) -> list:
    """Run ``fn`` on every item of a batch (module level, so it pickles)."""
    return [fn(item) for item in batch]


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _progress(items: Iterable, desc: str, progress: bool | None):
    """A one-line tqdm bar over completed items; ``None`` shows it only on a terminal."""
    from tqdm.auto import tqdm

    total = len(items) if hasattr(items, "__len__") else None
    disable = None if progress is None else not progress
    return tqdm(total=total, desc=desc or "work", disable=disable, **terminal_shape())


def terminal_shape() -> dict[str, int]:
    """``ncols``/``nrows`` for tqdm: the terminal's, or 80 × 24 where a terminal reports a size
    of 0 (a pseudo-terminal of ``script`` or CI): tqdm then drew no bar at all."""
    import shutil

    cols, rows = shutil.get_terminal_size((80, 24))
    return {"ncols": cols or 80, "nrows": rows or 24}


class _Base:
    workers = 1

    def __init__(self, batch_size: int = 1, max_in_flight: int | None = None, progress=None):
        self.batch_size = max(1, batch_size)
        self.max_in_flight = max_in_flight or 2 * self.workers
        self.progress = progress

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release workers (nothing to do for the serial executor)."""

    def _submit(self, batch: list, fn: Callable) -> Any:
        raise NotImplementedError

    @staticmethod
    def _result(future) -> list:
        return future.result()

    def map(self, fn: Callable, items: Iterable, desc: str = "") -> Iterator:
        """Results of ``fn(item)`` in input order, with bounded pending work."""
        bar = _progress(items, desc, self.progress)
        pending: deque = deque()
        try:
            for batch in _batches(items, self.batch_size):
                pending.append((len(batch), self._submit(batch, fn)))
                if len(pending) >= self.max_in_flight:
                    yield from self._drain_one(pending, bar)
            while pending:
                yield from self._drain_one(pending, bar)
        finally:
            bar.close()

    def _drain_one(self, pending: deque, bar) -> Iterator:
        n, future = pending.popleft()
        results = self._result(future)
        bar.update(n)
        yield from results


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class SerialExecutor(_Base):
    """Runs everything in this process, one item after the other (the reference)."""

    def __init__(self, batch_size: int = 1, progress: bool | None = None):
        super().__init__(batch_size, 1, progress)

    def _submit(self, batch: list, fn: Callable) -> _Done:
        return _Done(_apply_batch(fn, batch))


def start_method(may_fork: bool = False) -> str:
    """How local workers start: ``$FRAMELAB_START_METHOD`` if set, else ``fork`` where the
    caller allows it on Linux, else ``spawn``."""
    chosen = os.environ.get(START_METHOD_ENV, "").strip()
    if chosen:
        if chosen not in START_METHODS:
            from framelab.errors import InputError, Problem

            raise InputError(
                [Problem(START_METHOD_ENV, f"{chosen!r}: use one of {', '.join(START_METHODS)}")]
            )
        return chosen
    return "fork" if may_fork and sys.platform.startswith("linux") else "spawn"


def _own_streams() -> None:
    """A worker writes to the process's real stdout/stderr: a forked worker would otherwise
    write into its copy of the caller's replaced streams (a notebook's capture) and be lost."""
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__


class ProcessExecutor(_Base):
    """Local worker processes, started by :func:`start_method`."""

    def __init__(
        self,
        workers: int,
        batch_size: int = 1,
        max_in_flight: int | None = None,
        progress: bool | None = None,
        may_fork: bool = False,
    ):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        self.workers = max(1, int(workers))
        self.start_method = start_method(may_fork)
        super().__init__(batch_size, max_in_flight, progress)
        self._pool = ProcessPoolExecutor(
            self.workers, mp_context=mp.get_context(self.start_method), initializer=_own_streams
        )

    def _submit(self, batch: list, fn: Callable):
        return self._pool.submit(_apply_batch, fn, batch)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class AutoExecutor(_Base):
    """The default: serial while the work is one batch (a small corpus pays no start-up), local
    worker processes as soon as there is a second batch. Results are the same either way."""

    def __init__(
        self,
        workers: int,
        batch_size: int = 1,
        progress: bool | None = None,
        may_fork: bool = False,
    ):
        self.workers = max(1, int(workers))
        self.may_fork = may_fork
        super().__init__(batch_size, None, progress)
        self._pool: ProcessExecutor | None = None

    def map(self, fn: Callable, items: Iterable, desc: str = "") -> Iterator:
        it = iter(items)
        head = list(itertools.islice(it, self.batch_size + 1))
        if len(head) <= self.batch_size or self.workers == 1:
            serial = SerialExecutor(self.batch_size, self.progress)
            yield from serial.map(fn, itertools.chain(head, it), desc)
            return
        if self._pool is None:
            self._pool = ProcessExecutor(
                self.workers, self.batch_size, progress=self.progress, may_fork=self.may_fork
            )
        yield from self._pool.map(fn, itertools.chain(head, it), desc)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()


class DaskExecutor(_Base):
    """Tasks on a Dask cluster at ``address`` (``tcp://host:port``), or on an existing
    ``distributed.Client`` passed as ``client``."""

    def __init__(
        self,
        address: str | None = None,
        client=None,
        batch_size: int = 1,
        max_in_flight: int | None = None,
        progress: bool | None = None,
    ):
        from dask.distributed import Client

        self._own = client is None
        self.client = client if client is not None else _connect(Client, address)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        super().__init__(batch_size, max_in_flight, progress)

    def _submit(self, batch: list, fn: Callable):
        return self.client.submit(_apply_batch, fn, batch, pure=False)

    def close(self) -> None:
        if self._own:
            self.client.close()


def make_executor(
    spec: str | None = None,
    workers: int | None = None,
    batch_size: int = 1,
    progress: bool | None = None,
    may_fork: bool = False,
) -> Executor:
    """The executor named by ``spec`` (default: ``$FRAMELAB_SCHEDULER`` or ``auto``).

    ``auto`` (serial for one batch of work, else local processes); ``serial``; ``processes``
    with ``workers`` (default ``$FRAMELAB_WORKERS`` or the number of CPUs; one worker means
    serial); or a Dask scheduler address ``tcp://host:port``. ``may_fork``: local workers may
    be forked from this process (:func:`start_method`).
    """
    spec = (spec or os.environ.get(SCHEDULER_ENV) or "auto").strip()
    if workers is None:
        workers = int(os.environ.get(WORKERS_ENV) or os.cpu_count() or 1)
    if spec == "auto":
        return AutoExecutor(workers, batch_size, progress, may_fork)
    if spec == "serial" or (spec == "processes" and workers <= 1):
        return SerialExecutor(batch_size, progress)
    if spec == "processes":
        return ProcessExecutor(workers, batch_size, progress=progress, may_fork=may_fork)
    if "://" in spec:
        return DaskExecutor(spec, batch_size=batch_size, progress=progress)
    from framelab.errors import InputError, Problem

    raise InputError(
        [
            Problem(
                SCHEDULER_ENV,
                f"{spec!r}: use auto, serial, processes or a Dask address tcp://host:port",
            )
        ]
    )


CONNECT_TIMEOUT_S = 15


def _connect(client_class, address: str):
    """A Dask client, or a one-line error naming the address and how to start a cluster."""
    from framelab.errors import InputError, Problem

    try:
        return client_class(address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        raise InputError(
            [
                Problem(
                    SCHEDULER_ENV,
                    f"no Dask scheduler answers at {address} within {CONNECT_TIMEOUT_S} s "
                    f"({type(exc).__name__}); start one with `dask scheduler` and workers with "
                    f"`dask worker {address}` (README: Large corpora), or unset {SCHEDULER_ENV} "
                    "to run on local processes",
                )
            ]
        ) from None

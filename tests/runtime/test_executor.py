import pytest

from framelab.errors import InputError
from framelab.runtime import executor as ex
from tests.runtime.tasks import DOCS, lemma_count

EXPECTED_FIRST = [("der", 5), ("nordkorea", 5), ("moskau", 7), ("der", 4), ("kiew", 4)]


def test_serial_results_come_in_input_order():
    got = list(ex.SerialExecutor(batch_size=2).map(lemma_count, DOCS))
    assert got[:5] == EXPECTED_FIRST and len(got) == 15


@pytest.mark.slow
def test_process_executor_gives_the_serial_results_for_any_batching():
    serial = list(ex.SerialExecutor().map(lemma_count, DOCS))
    with ex.ProcessExecutor(2, batch_size=2, max_in_flight=2) as pool:
        assert list(pool.map(lemma_count, DOCS)) == serial
    with ex.ProcessExecutor(2, batch_size=7) as pool:
        assert list(pool.map(lemma_count, iter(DOCS))) == serial


def test_make_executor_reads_the_environment(monkeypatch):
    monkeypatch.setenv(ex.SCHEDULER_ENV, "serial")
    assert isinstance(ex.make_executor(), ex.SerialExecutor)
    monkeypatch.setenv(ex.SCHEDULER_ENV, "processes")
    monkeypatch.setenv(ex.WORKERS_ENV, "1")
    assert isinstance(ex.make_executor(), ex.SerialExecutor)  # one worker: no pool
    monkeypatch.setenv(ex.WORKERS_ENV, "2")
    pool = ex.make_executor()
    assert isinstance(pool, ex.ProcessExecutor) and pool.workers == 2
    pool.close()
    monkeypatch.setenv(ex.SCHEDULER_ENV, "threads")
    with pytest.raises(InputError, match="tcp://host:port"):
        ex.make_executor()


def test_an_address_where_no_scheduler_answers_is_one_clear_error(monkeypatch):
    class Refused:
        def __init__(self, address, timeout):
            raise OSError(f"Timed out trying to connect to {address} after {timeout} s")

    with pytest.raises(InputError) as err:
        ex._connect(Refused, "tcp://127.0.0.1:8799")
    (problem,) = err.value.problems
    assert problem.file == "FRAMELAB_SCHEDULER"
    assert problem.message.startswith(
        "no Dask scheduler answers at tcp://127.0.0.1:8799 within 15 s (OSError); start one "
        "with `dask scheduler`"
    )


def test_pending_batches_are_bounded():
    seen = []

    class Recording(ex.SerialExecutor):
        def _submit(self, batch, fn):
            seen.append(len(batch))
            return super()._submit(batch, fn)

    out = Recording(batch_size=4).map(lemma_count, DOCS)
    next(out)
    assert seen == [4]  # the first result is yielded after one batch, not after all of them


@pytest.mark.slow
def test_auto_stays_serial_for_one_batch_and_uses_processes_for_more(monkeypatch):
    monkeypatch.delenv(ex.SCHEDULER_ENV, raising=False)
    monkeypatch.setenv(ex.WORKERS_ENV, "2")
    serial = list(ex.SerialExecutor().map(lemma_count, DOCS))
    with ex.make_executor(batch_size=len(DOCS)) as auto:
        assert isinstance(auto, ex.AutoExecutor)
        assert list(auto.map(lemma_count, iter(DOCS))) == serial
        assert auto._pool is None  # one batch: no worker was started
    with ex.make_executor(batch_size=4) as auto:
        assert list(auto.map(lemma_count, iter(DOCS))) == serial
        assert auto._pool is not None and auto._pool.workers == 2


def test_a_terminal_that_reports_no_size_still_gets_a_drawn_bar(monkeypatch):
    import io
    import os
    import shutil

    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback: os.terminal_size((0, 0)))
    assert ex.terminal_shape() == {"ncols": 80, "nrows": 24}
    out = io.StringIO()
    from tqdm import tqdm

    bar = tqdm(total=2, desc="clean", file=out, **ex.terminal_shape())
    bar.update(2)
    bar.close()
    assert "clean: 100%" in out.getvalue()


def test_workers_fork_only_where_the_caller_allows_it_on_linux(monkeypatch):
    monkeypatch.delenv(ex.START_METHOD_ENV, raising=False)
    monkeypatch.setattr(ex.sys, "platform", "linux")
    assert ex.start_method() == "spawn"
    assert ex.start_method(may_fork=True) == "fork"
    monkeypatch.setattr(ex.sys, "platform", "darwin")  # fork is unsafe with macOS frameworks
    assert ex.start_method(may_fork=True) == "spawn"
    monkeypatch.setenv(ex.START_METHOD_ENV, "forkserver")
    assert ex.start_method() == "forkserver"
    monkeypatch.setenv(ex.START_METHOD_ENV, "thread")
    with pytest.raises(InputError) as err:
        ex.start_method(may_fork=True)
    (problem,) = err.value.problems
    assert (problem.file, problem.message) == (
        "FRAMELAB_START_METHOD",
        "'thread': use one of spawn, fork, forkserver",
    )


def test_a_worker_writes_to_the_real_streams_not_to_a_captured_copy(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdout", io.StringIO())  # as a notebook stage captures output
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    ex._own_streams()
    assert (sys.stdout, sys.stderr) == (sys.__stdout__, sys.__stderr__)


@pytest.mark.slow
@pytest.mark.skipif(not ex.sys.platform.startswith("linux"), reason="fork: Linux only")
def test_forked_and_spawned_workers_give_the_serial_results(monkeypatch):
    monkeypatch.delenv(ex.START_METHOD_ENV, raising=False)
    serial = list(ex.SerialExecutor().map(lemma_count, DOCS))
    for may_fork, method in ((True, "fork"), (False, "spawn")):
        with ex.ProcessExecutor(2, batch_size=3, may_fork=may_fork) as pool:
            assert pool.start_method == method
            assert list(pool.map(lemma_count, DOCS)) == serial


def test_bad_input_met_in_a_worker_reaches_the_parent_whole():
    """Found in round 18: an InputError raised in a worker did not unpickle in the parent (its
    arguments were the formatted message), so a bad rule file broke the pool instead of
    printing its problems."""
    import pickle

    from framelab.errors import Problem
    from tests.runtime.tasks import bad_input

    err = InputError([Problem("rules.yml", "bad entry", line=3)])
    assert pickle.loads(pickle.dumps(err)).problems == err.problems
    with ex.ProcessExecutor(2, batch_size=1) as pool, pytest.raises(InputError) as got:
        list(pool.map(bad_input, ["x", "y"]))
    assert got.value.lines() == ["rules.yml:3: bad entry 'x'"]

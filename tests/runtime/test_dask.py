import pytest

from framelab.runtime import executor as ex
from tests.runtime.tasks import DOCS, lemma_count

distributed = pytest.importorskip("distributed")


@pytest.mark.slow
def test_dask_cluster_gives_the_serial_and_process_results():
    serial = list(ex.SerialExecutor().map(lemma_count, DOCS))
    with ex.ProcessExecutor(2, batch_size=3) as pool:
        local = list(pool.map(lemma_count, DOCS))
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        with ex.DaskExecutor(cluster.scheduler_address, batch_size=2, max_in_flight=3) as dask:
            assert dask.workers == 2
            remote = list(dask.map(lemma_count, DOCS))
        via_env = ex.make_executor(cluster.scheduler_address)
        assert isinstance(via_env, ex.DaskExecutor)
        assert list(via_env.map(lemma_count, DOCS)) == serial
        via_env.close()
    assert serial == local == remote
    assert serial[:3] == [("der", 5), ("nordkorea", 5), ("moskau", 7)]

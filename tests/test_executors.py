"""The same stage outputs, byte for byte, on one process, two worker processes (forked, as by
default on Linux, and spawned) and a Dask cluster (a distributed.LocalCluster on the loopback
interface)."""

import hashlib
import os
import subprocess
import sys

import pytest

from .conftest import TINY, make_project

pytestmark = pytest.mark.slow
OUTPUTS = ("data/processed", "reports/metrics", "reports/tables/attribute")


def run_stages(root, scheduler: str, start_method: str = "") -> dict[str, str]:
    env = os.environ | {
        "FRAMELAB_ROOT": str(root),
        "FRAMELAB_SCHEDULER": scheduler,
        "FRAMELAB_WORKERS": "2",
        "FRAMELAB_CHUNK": "1",
        "FRAMELAB_START_METHOD": start_method,
    }
    for stage in ("clean", "attribute"):
        subprocess.run([sys.executable, "-m", f"framelab.stages.{stage}"], env=env, check=True)
    files = sorted(p for d in OUTPUTS for p in (root / d).rglob("*") if p.is_file())
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def test_serial_processes_and_a_dask_cluster_give_identical_outputs(tmp_path):
    from distributed import LocalCluster

    serial = run_stages(make_project(tmp_path / "serial", TINY), "serial")
    assert "data/processed/statements.parquet" in serial and len(serial) >= 9
    assert run_stages(make_project(tmp_path / "proc", TINY), "processes") == serial
    spawned = run_stages(make_project(tmp_path / "spawn", TINY), "processes", "spawn")
    assert spawned == serial
    # two worker processes of two threads each, as `dask worker` starts them on two cores: a
    # memo shared by threads once broke the attribute stage there
    with LocalCluster(
        n_workers=2, threads_per_worker=2, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        dask = run_stages(make_project(tmp_path / "dask", TINY), cluster.scheduler_address)
    assert dask == serial

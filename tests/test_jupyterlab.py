"""A real JupyterLab (``make lab``'s configuration) driven in headless Chromium.

In a copy of the project after ``dvc repro``: open a figure and ``data/raw/metadata.csv``, run
both pipeline notebooks and save them; the pipeline stays up to date and git clean. Then explore
``k``: the tracked outputs keep their bytes and the run writes to ``reports/scratch``. Finally a
save into ``reports/notebooks/`` is refused with the reason in the dialog.

Uses Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them); skips without.
"""

import asyncio
import hashlib
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tornado.web import HTTPError

from framelab.lab.notebooks import dumps
from framelab.lab.server import (
    ProjectContentsManager,
    ProjectSessionManager,
    RootKernelManager,
    is_protected,
    is_stripped,
    save_hook,
)
from framelab.stages.locate_inputs import status_is_current

from .conftest import REPO
from .test_pipeline import copy_project, dvc_repro

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
TOKEN = "framelab-test"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
]


@pytest.mark.parametrize(
    ("path", "protected"),
    [
        ("reports/notebooks/topics.ipynb", True),
        ("/reports/figures/stance/keyness.svg", True),
        ("data/processed/passages.parquet", True),
        ("reports/templates/main.typ", False),
        ("reports/references.bib", False),
        ("reports/scratch/figures/topics/k_sweep.svg", False),
        ("notebooks/topics.ipynb", False),
        ("data/raw/metadata.csv", False),
        ("reportsX/a.ipynb", False),
    ],
)
def test_pipeline_outputs_are_protected(path, protected):
    assert is_protected(path) is protected


def test_save_hook_strips_pipeline_notebooks_only():
    committed = (REPO / "notebooks" / "topics.ipynb").read_text(encoding="utf-8")
    nb = json.loads(committed)
    nb["cells"][2]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "x"}]
    nb["cells"][2]["execution_count"] = 7
    save_hook({"type": "notebook", "content": nb}, "notebooks/topics.ipynb")
    assert dumps(nb) == committed
    assert is_stripped("notebooks/explore/starter.ipynb")
    nb["cells"][2]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "x"}]
    save_hook({"type": "notebook", "content": nb}, "notebooks/explore/mine.ipynb")
    assert nb["cells"][2]["outputs"][0]["text"] == "x"


def test_save_hook_refuses_pipeline_outputs_with_an_ascii_reason():
    with pytest.raises(HTTPError) as refused:
        save_hook({"type": "notebook", "content": {}}, "reports/notebooks/topics.ipynb")
    err = refused.value
    assert err.status_code == 403
    assert err.reason == "Pipeline output"
    message = err.log_message % err.args
    assert message.startswith("Not saved: reports/notebooks/topics.ipynb is a pipeline output")
    assert "Save As... with a path under notebooks/explore/" in message
    assert message.isascii()


def test_contents_manager_marks_outputs_read_only_and_refuses_deleting_them(tmp_path):
    (tmp_path / "reports" / "notebooks").mkdir(parents=True)
    (tmp_path / "reports" / "notebooks" / "a.ipynb").write_text(
        dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    )
    (tmp_path / "b.txt").write_text("b")
    cm = ProjectContentsManager(root_dir=str(tmp_path))
    assert asyncio.run(cm.get("reports/notebooks/a.ipynb"))["writable"] is False
    assert asyncio.run(cm.get("b.txt"))["writable"] is True
    language = asyncio.run(cm.get("reports/notebooks/a.ipynb"))["content"]["metadata"]
    assert language["language_info"]["version"] == platform.python_version()
    with pytest.raises(HTTPError, match="pipeline output"):
        asyncio.run(cm.delete_file("reports/notebooks/a.ipynb"))
    with pytest.raises(HTTPError):
        asyncio.run(cm.save({"type": "file", "format": "text", "content": "x"}, "reports/x.txt"))
    assert not (tmp_path / "reports" / "x.txt").exists()


def test_kernels_start_in_the_root_and_know_their_notebook(tmp_path):
    (tmp_path / "notebooks" / "explore").mkdir(parents=True)
    km = RootKernelManager(root_dir=str(tmp_path))
    assert km.cwd_for_path("notebooks/explore/x.ipynb") == str(tmp_path)
    sm = ProjectSessionManager(
        kernel_manager=km, contents_manager=ProjectContentsManager(root_dir=str(tmp_path))
    )
    env = sm.get_kernel_env("notebooks/explore/x.ipynb", "x.ipynb")
    assert env["JPY_SESSION_NAME"] == str(tmp_path / "notebooks" / "explore" / "x.ipynb")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tracked_outputs(root: Path) -> dict[str, str]:
    """sha256 of every file under reports/ and data/processed/ except the scratch folder."""
    files = [*(root / "reports").rglob("*"), *(root / "data" / "processed").rglob("*")]
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in files
        if p.is_file() and "scratch" not in p.parts and ".ipynb_checkpoints" not in p.parts
    }


def git_status(root: Path) -> str:
    return subprocess.run(
        ["git", "status", "--porcelain"], cwd=root, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A committed copy of the project with every stage output built."""
    root = copy_project(tmp_path_factory.mktemp("lab") / "project")
    dvc_repro(root)
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid"]
    subprocess.run([*git, "commit", "-qam", "dvc.lock"], cwd=root, check=False)
    assert git_status(root) == ""
    return root


@pytest.fixture(scope="module")
def lab(project):
    """``jupyter lab`` with the project's configuration on a loopback port; yields its URL."""
    port = free_port()
    bin_dir = Path(sys.executable).parent
    env = os.environ | {
        "FRAMELAB_ROOT": str(project),
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "JUPYTER_RUNTIME_DIR": str(project.parent / "runtime"),
    }
    cmd = [
        str(bin_dir / "jupyter"),
        "lab",
        f"--config={project / 'jupyter_server_config.py'}",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--IdentityProvider.token={TOKEN}",
        "--LabApp.expose_app_in_browser=True",
        "--ServerApp.open_browser=False",
    ]
    log = (project.parent / "lab.log").open("w")
    server = subprocess.Popen(cmd, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.5)
    yield url, project.parent / "lab.log"
    server.terminate()
    server.wait(timeout=30)
    log.close()


@pytest.fixture(scope="module")
def browser(lab):
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={Path(lab[1]).parent / 'chromium-profile'}")
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))
    driver.set_script_timeout(300)
    driver.get(f"{lab[0]}/lab?token={TOKEN}")
    driver.execute_async_script(WAIT_APP)
    yield driver
    driver.quit()


WAIT_APP = """
const done = arguments[arguments.length - 1];
const wait = () => window.jupyterapp ? window.jupyterapp.restored.then(() => done(true))
                                     : setTimeout(wait, 200);
wait();
"""
COMMAND = """
const [id, args, done] = arguments;
window.jupyterapp.commands.execute(id, args).then(r => done(String(r)),
                                                  e => done('error: ' + e));
"""
OPEN_NOTEBOOK = """
const [path, done] = arguments;
const app = window.jupyterapp;
app.commands.execute('docmanager:open', {path}).then(async w => {
  await w.context.ready;
  await w.sessionContext.ready;
  await w.sessionContext.session.kernel.info;
  await new Promise(r => setTimeout(r, 1000));
  done(!w.context.model.dirty);  // not marked unsaved on open
}, e => done('error: ' + e));
"""
RUN_ALL = """
const done = arguments[arguments.length - 1];
const app = window.jupyterapp;
const w = app.shell.currentWidget;
app.commands.execute('notebook:run-all-cells').then(async () => {
  const texts = [];
  for (const cell of w.content.widgets) {
    const outputs = cell.model.type === 'code' ? cell.model.sharedModel.outputs : [];
    for (const o of outputs) {
      const data = o.data || {};
      texts.push([o.output_type, o.name || '',
                  [].concat(o.text || data['text/plain'] || o.evalue || '').join('')]);
    }
  }
  done(texts);
}, e => done('error: ' + e));
"""
SET_PARAMETER = """
const [old, replacement, done] = arguments;
const cells = window.jupyterapp.shell.currentWidget.content.model.sharedModel.cells;
const cell = cells.find(c => c.source.includes(old));
cell.setSource(cell.source.replace(old, replacement));
done(true);
"""
WRITABLE = """
const done = arguments[arguments.length - 1];
done(window.jupyterapp.shell.currentWidget.context.contentsModel.writable);
"""


def run_all(browser, path: str) -> list[list[str]]:
    assert browser.execute_async_script(OPEN_NOTEBOOK, path) is True, f"{path} opened unsaved"
    outputs = browser.execute_async_script(RUN_ALL)
    assert not [o for o in outputs if o[0] == "error"], outputs
    return outputs


@pytest.mark.slow
def test_exploring_in_jupyterlab_keeps_the_pipeline_up_to_date(project, lab, browser):
    figure = next((project / "reports" / "figures" / "stance").glob("*.svg"))
    for path in (figure.relative_to(project).as_posix(), "data/raw/metadata.csv"):
        assert browser.execute_async_script(COMMAND, "docmanager:open", {"path": path}) != ""
    before = tracked_outputs(project)
    for stage in ("topics", "stance"):
        outputs = run_all(browser, f"notebooks/{stage}.ipynb")
        shown = "\n".join(o[2] for o in outputs)
        assert "PosixPath" not in shown and "Warning" not in shown, shown
        assert not [o for o in outputs if o[1] == "stderr"], outputs
        assert browser.execute_async_script(COMMAND, "docmanager:save", {}) == "undefined"
    time.sleep(1)
    assert tracked_outputs(project) == before
    dvc = str(Path(sys.executable).parent / "dvc")
    status = subprocess.run(
        [dvc, "status", "--json"],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"FRAMELAB_ROOT": str(project)},
    ).stdout
    assert status_is_current(json.loads(status or "{}")), status
    assert git_status(project) == ""
    checkpoints = {p.parent.relative_to(project) for p in project.rglob(".ipynb_checkpoints")}
    assert {Path("data/raw"), figure.parent.relative_to(project)} <= checkpoints


@pytest.mark.slow
def test_a_new_value_of_k_writes_to_scratch(project, browser):
    before = tracked_outputs(project)
    assert browser.execute_async_script(OPEN_NOTEBOOK, "notebooks/topics.ipynb") is True
    assert browser.execute_async_script(SET_PARAMETER, "k = 'auto'", "k = 3") is True
    outputs = browser.execute_async_script(RUN_ALL)
    assert not [o for o in outputs if o[0] == "error"], outputs
    shown = "\n".join(o[2] for o in outputs)
    assert "EXPLORING: outputs go to reports/scratch/" in shown
    assert "Why: k = 3 (params.yaml / dvc.yaml: 'auto')." in shown
    assert "K = 3 " in shown
    assert tracked_outputs(project) == before
    assert (project / "reports" / "scratch" / "figures" / "topics" / "k_sweep.svg").is_file()
    assert (project / "reports" / "scratch" / "metrics" / "topics.json").is_file()
    assert browser.execute_async_script(SET_PARAMETER, "k = 3", "k = 'auto'") is True
    assert browser.execute_async_script(COMMAND, "docmanager:save", {}) == "undefined"
    assert git_status(project) == ""


@pytest.mark.slow
def test_a_save_into_reports_is_refused_with_the_reason(project, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    assert browser.execute_async_script(OPEN_NOTEBOOK, "reports/notebooks/topics.ipynb") is True
    assert browser.execute_async_script(WRITABLE) is False  # read-only: never autosaved
    browser.execute_script("window.jupyterapp.commands.execute('docmanager:save-as')")
    wait = WebDriverWait(browser, 30)
    field = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, ".jp-Dialog input")))
    field.clear()
    field.send_keys("reports/notebooks/topics-k3.ipynb")
    browser.find_element(By.CSS_SELECTOR, ".jp-Dialog .jp-mod-accept").click()
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".jp-Dialog"), "Error"))
    text = browser.find_element(By.CSS_SELECTOR, ".jp-Dialog").text
    assert "File Save Error" in text
    assert "is a pipeline output" in text and "notebooks/explore/" in text, text
    assert not (project / "reports" / "notebooks" / "topics-k3.ipynb").exists()

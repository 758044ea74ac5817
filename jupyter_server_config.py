# JupyterLab settings for framelab, loaded by `make lab`.
# Every notebook is saved without outputs and with fixed metadata, so exploring in JupyterLab
# leaves neither the git tree dirty nor the DVC pipeline stale (see README, "Notebooks").
from framelab.notebooks import pre_save_hook

c = get_config()  # noqa: F821
c.ContentsManager.pre_save_hook = pre_save_hook
c.ServerApp.open_browser = False
# The project's machines and containers run as root; Jupyter refuses that unless allowed.
c.ServerApp.allow_root = True

# JupyterLab settings for framelab, loaded by `make lab` (the classes live in framelab.lab.server).
# Pipeline outputs are read-only and refused on save (with the reason); pipeline notebooks are
# saved without outputs; every kernel starts at the repository root. See README, "Notebooks".
c = get_config()  # noqa: F821
c.ServerApp.contents_manager_class = "framelab.lab.server.ProjectContentsManager"
c.ServerApp.kernel_manager_class = "framelab.lab.server.RootKernelManager"
c.ServerApp.session_manager_class = "framelab.lab.server.ProjectSessionManager"
c.ServerApp.open_browser = False
# The project's machines and containers run as root; Jupyter refuses that unless allowed.
c.ServerApp.allow_root = True
# Kernels talk to the server over local IPC sockets instead of unencrypted TCP.
c.KernelManager.transport = "ipc"

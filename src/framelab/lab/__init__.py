"""JupyterLab: the server extension, exploring helpers and notebook hygiene."""

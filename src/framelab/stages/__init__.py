"""One entry module per pipeline stage: ``python -m framelab.stages.<name>`` (what dvc.yaml runs).

Each stage reads its own section of ``params.yaml`` through :mod:`framelab.config` and writes the
paths registered in :mod:`framelab.layout`. Bad input ends with every problem printed as
``file:line: message``, exit code 2, and nothing written.
"""

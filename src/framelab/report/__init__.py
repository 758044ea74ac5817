"""The report stage: a paper (``reports/report.pdf``) and a supplement (``reports/supplement.pdf``).

Modules: :mod:`.context` (the study's words: the one place that reads study files),
:mod:`.data` (stage outputs), :mod:`.stats` (clusters, intervals or ranges), :mod:`.fmt` (one
number format per quantity), :mod:`.tables`, :mod:`.figures`, :mod:`.readings`,
:mod:`.validity`, :mod:`.provenance` and :mod:`.build` (compiles both PDFs with Typst).
"""

"""Where a build parses its documents: the engines the ``build`` command offers and :func:`graph.build.build`
checks, named in one light module so that the command line lists them without importing the build."""

from __future__ import annotations

ENGINES = ("local", "dask")  # this machine's processes, or a Dask cluster (graph.dask_engine)

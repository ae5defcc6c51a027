from tests.imports.conftest import fixtures  # noqa: F401  (shared fixtures)

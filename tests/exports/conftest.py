from tests.imports.conftest import alive, fixtures, snapshot  # noqa: F401  (shared fixtures)

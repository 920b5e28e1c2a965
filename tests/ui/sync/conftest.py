from tests.sync.conftest import district  # noqa: F401 — the district server process fixture

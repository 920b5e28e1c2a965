"""Schemathesis against /openapi.json: no 5xx, every status a documented one, replies as described."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from server.app import create_app

from .conftest import fresh_windows


@pytest.fixture(scope="module")
def api(state):
    app = create_app(state=fresh_windows(state, rate_requests=1_000_000))
    return app, schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_route_is_described(state) -> None:
    spec = create_app(state=state).openapi()
    assert spec["openapi"].startswith("3.")
    paths = set(spec["paths"])
    assert {"/api/v1/enrol", "/api/v1/health", "/api/v1/records", "/api/v1/files/missing",
            "/api/v1/files/{sha256}/chunks/{index}", "/api/v1/checkpoints", "/api/v1/device/rotate"} == paths


def test_fuzzed_requests_never_break_the_server(api, client, state) -> None:
    from .conftest import enrol
    _app, schema = api
    device = enrol(client, state, "A2", "fuzz")
    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    failures: list[str] = []
    seen: set[tuple[str, int]] = set()
    for operation in schema.get_all_operations():
        op = operation.ok()

        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=op.as_strategy())
        def run(case) -> None:
            generated = dict(case.headers or {})
            for headers in ({}, device.headers):       # as generated, then as an enrolled device
                case.headers = {**generated, **headers}
                response = case.call()
                seen.add((case.operation.path, response.status_code))
                case.validate_response(response, checks=checks)

        try:
            run()
        except Exception as exc:
            failures.append(f"{op.method.upper()} {op.path}: {str(exc)[:600]}")
    assert not failures, "\n\n".join(failures)
    # The fuzzing got past authentication and validation (it is not only refusals that were checked).
    assert ("/api/v1/health", 200) in seen and ("/api/v1/files/missing", 200) in seen
    assert {status for path, status in seen if path == "/api/v1/records"} >= {200, 400}
    assert ("/api/v1/checkpoints", 200) in seen

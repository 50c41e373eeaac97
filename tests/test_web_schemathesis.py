"""Property-based calls against the API's own OpenAPI schema (schemathesis): no server error anywhere.

Every GET route is called with values generated from its schema (odd strings, bounds, missing and
extra parameters); ``POST /api/extract`` too, on a read-only app with no pipeline loaded, so that
only its validation and refusals run. A 5xx answer fails the test.
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("fastapi")

import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from sidelines.web.app import create_app  # noqa: E402
from web_store import build_web_store  # noqa: E402

# Built at collection (the hand-built records of web_store: no model is loaded), as the
# schema must exist when the tests are generated.
_STORE = build_web_store(str(Path(tempfile.mkdtemp(prefix="sidelines-schema-")) / "s.db"))
# /api/extract with a text would load the spaCy pipeline per example: the write route is left out.
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_STORE)).exclude(method="POST")


@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_route_answers_with_a_server_error(case):
    case.call_and_validate(checks=[not_a_server_error])

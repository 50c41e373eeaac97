"""Events: a document that does something ("a report accusing X", "a statement condemning Y").

The noun a present participle describes is the participle's doer, not its object: "a report
accusing the army" accuses the army, whereas "the report published on Monday" was published.
"""

from __future__ import annotations

import pytest
from tests.conftest import has_event, typed_events


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("The rights group issued a report accusing the army of torture.", "ACCUSE", "group", "army"),
        ("The union put out a statement condemning the ministry.", "ACCUSE", "union", "ministry"),
        ("The opposition released a letter rejecting the commission.", "REJECT", "opposition", "commission"),
    ],
)
def test_events_a_document_acting_is_its_issuers_act(extract, text, etype, source, target) -> None:
    assert has_event(typed_events(extract(text)), etype, **{source: "source", target: "target"})


def test_events_a_document_acted_on_is_still_no_event(extract) -> None:
    events = typed_events(extract("The ministry rejected the report on Monday."))
    assert not [t for t, actors, _ in events if t == "REJECT"]

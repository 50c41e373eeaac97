"""States named inside the names of organisations: evidence of where a local story happens.

"Kentucky State Police", "the University of Kentucky Medical Center" are no toponyms, but a local
story that names them happens in Kentucky: each such state casts an area vote
(PlacesConfig.org_state_vote), as a named state does, for its towns and counties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.gazetteer.index import ADMIN1_KIND

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sidelines.gazetteer import Gazetteer

ORG_LABELS = frozenset({"ORG", "FAC"})


def org_states(parsed: "Doc", gaz: "Gazetteer") -> set[str]:
    """Admin-1 units ("USA.KY") that a state name inside an organisation's name points to."""
    found: set[str] = set()
    for ent in parsed.ents:
        if ent.label_ not in ORG_LABELS:
            continue
        words = [t for t in ent if t.text[:1].isupper()]
        for width in (2, 1):
            for i in range(len(words) - width + 1):
                span = words[i:i + width]
                if span[-1].i - span[0].i != width - 1:
                    continue
                name = " ".join(t.text for t in span)
                states = {f"{c.country}.{c.admin1}" for c in gaz.lookup(name)
                          if c.feature == ADMIN1_KIND and c.country == "USA" and not c.alias and c.admin1}
                if len(states) == 1:
                    found |= states
    return found

"""Legislative chambers and the title of a member who sits in each: "the Senate" seats a senator.

Shared by the readers of seats ("who represents Ohio in the Senate", represent_verbs) and of candidacies
("seeking the nomination for the Senate", sought_nominations). Keys are lower-case head words.
"""

from __future__ import annotations

# The head word of a legislative chamber and the title of a member who sits in it ("{}": the chamber's name).
CHAMBER_TITLES: dict[str, str] = {
    "senate": "senator", "house": "representative", "congress": "representative",
    "representatives": "representative", "parliament": "member of parliament", "assembly": "member of the {}",
    "legislature": "lawmaker", "commons": "member of parliament", "lords": "member of the House of Lords",
    "bundestag": "member of the Bundestag", "duma": "member of the Duma", "knesset": "member of the Knesset",
}
# Chambers named "House of X": the word after "of" names the chamber ("the House of Commons").
HOUSE_WORD = "house"

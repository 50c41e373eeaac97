"""Legislative chambers and the title of a member who sits in each: "the Senate" seats a senator.

Shared by the readers of seats ("who represents Ohio in the Senate", represent_verbs), of candidacies
("seeking the nomination for the Senate", sought_nominations) and of seats one is put in ("was elected to the
Senate", seat_verbs). Keys are lower-case head words.
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

# The bodies one is elected or appointed to ("was elected to the Senate", seat_verbs) and the title of a member:
# the chambers above whose member title is plain, a council, and Congress, whose members sit in either house.
SEAT_TITLES: dict[str, str] = {
    **{head: CHAMBER_TITLES[head] for head in ("senate", "house", "parliament")},
    "council": "council member", "congress": "member of Congress",
}
# The "House of X" one is elected or appointed to, by the word after "of" (any other house, Lords or Keys, none).
HOUSE_OF_SEATS: dict[str, str] = {word: CHAMBER_TITLES[word] for word in ("representatives", "commons")}

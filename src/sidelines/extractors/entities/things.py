"""Names of things, not of actors: awards, hashtags, titles of works and products.

* a name holding an award word ("Corwin Hale Memorial Award", "Pulitzer Prize", "Gold Star Medal");
* a hashtag ("#NeverAgain"): a tag of a post, no mention of anyone; only the tag itself is marked ("#Brody" leaves
  "Brody" scoring an actor);
* a title put in apposition after a noun of a work ("the sequel, Burning Sky", "the hit series Family Matters",
  "the novel Silent Harbor"), unless the name is the subject of a verb ("the book Jane Doran wrote", "in the
  memoir Doran writes", where the noun's phrase ends before the name) or the word is no noun ("records show
  Acme paid"), and a name ending in "Show" ("the Johnson Show creator");
* a product: the object of a verb of making whose subject is a company or a maker ("the company that makes
  Crispy Crunchers"); not with a second complement or a phrase after the names ("made Fiorina his running
  mate", "makes Acme stronger", "made Cole into a star"), nor what a place or a school "produced".

Every mention written as an award, a work or a product is written is marked with it; an entity named only by
things is dropped once coreference has run, unless a nominal or a pronoun refers to it ("the novel Dark Harbor
... it"): then it is a referent of the text, kept (a work with the label of one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sidelines.extractors.entities.names import NameMention, mention_root
from sidelines.lexicon.kinds import AWARD_WORDS as AWARD_NAME_WORDS
from sidelines.lexicon.pronouns import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sidelines.extractors.entities.clusters import Cluster

# Words that make a name the name of an award, capitalised inside it: the lexicon's, less the laureate (a person),
# with the plural "Medals".
AWARD_WORDS = (AWARD_NAME_WORDS - {"laureate"}) | {"medals"}
AWARD_LINKS = frozenset({"of", "for"})
# Nouns of a work whose title may follow them in apposition.
WORK_NOUNS = frozenset({
    "show", "series", "sitcom", "sequel", "prequel", "film", "movie", "book", "novel", "memoir", "documentary",
    "franchise", "album", "song", "play", "musical", "episode", "trilogy", "podcast", "poem",
})
# Capitalised last words of a name that make it a show's title.
SHOW_WORDS = frozenset({"show"})
# Labels that are places: their names are never things here ("Show Low").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Verbs whose object is what is made.
MAKING_VERBS = frozenset({"make", "manufacture", "produce"})
# Labels of what is never made: places and groups of people.
UNMADE_LABELS = PLACE_LABELS | {"NORP"}
# Parts of speech that open a second complement of "make" after its object ("made Biden his envoy", "made Doe
# chairwoman", "made Cole angry").
SECOND_COMPLEMENT_POS = frozenset({"DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"})
VERB_POS = frozenset({"VERB", "AUX"})
# What joins the names of a list: "X, Y and Z".
LIST_JOINS = frozenset({",", "and", "&"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
CLAUSE_DEPS = frozenset({"relcl", "acl"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# Parts of speech after the names that show they are no products made ("made Cole into a star", "makes Acme and
# Vale one firm", "produced Cole and Hart, and ...").
NO_PRODUCT_POS = SECOND_COMPLEMENT_POS | {"ADV", "ADP", "CCONJ"}
# Nouns of a subject that makes products ("the firm that makes ...", besides organisations and "...maker").
MAKER_NOUNS = frozenset({"company", "firm", "maker", "manufacturer", "producer", "brand", "group", "plant",
                         "factory", "studio", "supplier"})


def _is_award(parsed: "Doc", m: NameMention) -> bool:
    """An award word that ends the name or opens its last phrase ("Medal of Honor"; not "Awards Fund")."""
    if m.label in UNMADE_LABELS | {"PERSON"}:
        return False
    return any(t.is_title and t.lower_ in AWARD_WORDS and (t.i == m.j - 1 or parsed[t.i + 1].lower_ in AWARD_LINKS)
               for t in parsed[m.i + 1 : m.j])


def _is_hashtag(text: str, m: NameMention) -> bool:
    return m.start > 0 and text[m.start - 1] == "#"


def _is_work_title(parsed: "Doc", m: NameMention) -> bool:
    """A title right after a noun of a work ("the series Second Chances", "her memoir, Long Night")."""
    if m.label == "GPE" or _given(parsed, m):
        return False
    last = parsed[m.j - 1]
    if m.j - m.i > 1 and last.is_title and last.lower_ in SHOW_WORDS:
        return True
    k = m.i - 1
    comma = k >= 0 and parsed[k].text == ","
    k -= int(comma)
    if k < 0 or parsed[k].lower_ not in WORK_NOUNS or parsed[k].is_title or parsed[k].pos_ != "NOUN":
        return False
    root = mention_root(parsed, m)
    if root.dep_ not in SUBJECT_DEPS:
        return True
    # "the novel Silent Harbor was a bestseller"; not "the book Trump wrote" (a clause on the work), "of the
    # show, Allen has been" (the subject of the next clause) nor "in the memoir Doran writes" (the noun not its head)
    return not comma and parsed[k].head.i == root.i and not (root.head.i > root.i and root.head.dep_ in CLAUSE_DEPS)


def _made_lists(parsed: "Doc", mentions: list[NameMention]) -> set[int]:
    """Indices of the names listed right after a verb of making ("makes X, Y and Z"), unless a second complement
    follows a lone name ("made Fiorina his running mate", "made Doe chairwoman")."""
    by_start = {m.i: n for n, m in enumerate(mentions)}
    found: set[int] = set()
    for n, m in enumerate(mentions):
        verb = parsed[m.i - 1] if m.i > 0 else None
        if verb is None or verb.pos_ not in VERB_POS or verb.lemma_.lower() not in MAKING_VERBS:
            continue
        run = [n]
        k = mentions[n].j
        while k < len(parsed):
            step = k + 1 if parsed[k].lower_ in LIST_JOINS else k
            if step < len(parsed) and parsed[step].lower_ == "and" and parsed[k].text == ",":
                step += 1
            if step == k or step not in by_start:
                break
            run.append(by_start[step])
            k = mentions[by_start[step]].j
        after = parsed[k] if k < len(parsed) else None
        # "made Cole angry", "made Cole look lost", "made Cole's tenure easy", "made Cole, who ..., the youngest"
        if after is not None and (after.pos_ in NO_PRODUCT_POS or after.tag_ in ("VB", "POS")
                                  or after.lower_ in POSSESSIVES
                                  or (after.text == "," and k + 1 < len(parsed)
                                      and parsed[k + 1].pos_ in ("DET", "PRON"))):
            continue
        if not _maker(verb):
            continue
        found.update(r for r in run if mentions[r].label not in UNMADE_LABELS and not _given(parsed, mentions[r]))
    return found


def _maker(verb: "Token") -> bool:
    """Whether the subject of a verb of making makes products: an organisation or a maker ("the firm that makes",
    "Acme produces"); not a place, an event or a school ("Ohio has produced", "the war made")."""
    subj = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.ent_type_ == "ORG" or subj.lower_ in MAKER_NOUNS or subj.lower_.endswith("maker")


def _given(parsed: "Doc", m: NameMention) -> bool:
    """Whether a name starts with a common given name ("Tom Hanks"): a person's, whatever precedes it."""
    return parsed[m.i].lower_ in GIVEN_NAMES and m.j - m.i > 1


def mark_things(parsed: "Doc", text: str, mentions: list[NameMention]) -> None:
    """Mark the hashtags, and the awards, works and products with every mention written as one of them; a work
    takes the label of one."""
    made = _made_lists(parsed, mentions)
    # a word of a person's full name names that person ("Allen" after "Tim Allen")
    person_words = {w for m in mentions if m.label == "PERSON" and m.j - m.i > 1 for w in text[m.start:m.end].split()}
    works = {text[m.start:m.end] for m in mentions if _is_work_title(parsed, m)}
    things = works | {text[m.start:m.end] for n, m in enumerate(mentions) if n in made or _is_award(parsed, m)}
    things -= person_words
    for m in mentions:
        surface = text[m.start:m.end]
        # a hashtag marks itself only: "#Brody" says nothing of "Brody" elsewhere
        if _is_hashtag(text, m):
            m.thing = True
        if surface in things:
            m.thing = True
            if surface in works:
                m.label = "WORK_OF_ART"


def drop_things(clusters: list[Cluster]) -> list[Cluster]:
    """The entities without those named only as things, unless the text goes on to speak of the thing ("the novel",
    "it"): a referent, though no actor."""
    return [c for c in clusters if c.others or not all(m.thing for m in c.names)]

"""Settings of the quotes extractor, read from the ``[extractors.quotes]`` table of the settings."""

from __future__ import annotations

from sidelines.extractors.base import ExtractorConfig


class QuotesConfig(ExtractorConfig):
    """Windows and thresholds of the quotes extractor (see default_settings.toml)."""

    # Tokens between a cue and the quotation it introduces ("told reporters on Tuesday:").
    max_cue_gap: int = 9
    # Tokens after a closing mark in which the cue of that quotation is looked for.
    max_after_window: int = 9
    # Longest speaker mention kept whole, in tokens; longer subjects shrink to their head phrase.
    max_speaker_tokens: int = 12
    # Extend "said A, but B" over the coordinated clause B.
    extend_over_conj: bool = True
    # Carry "“...,” X said after the talks. “...”" on as a second quote of X (same cue and speaker).
    merge_after_cue_sentence: bool = True
    # Fewest tokens of an object that is a content ("urged restraint" is too thin to report).
    min_object_tokens: int = 1
    # Longest object without a verb that is still not a quote ("named five people": whom, not what).
    # Chosen on the PolNeAR tune half: such objects of up to 3 words are attributions 37% of the time.
    max_bare_object_words: int = 3
    # An object is content only with a clause the cue governs or a predicate on it ("urged X to act",
    # "called X a liar"); a noun phrase alone is what was acted on or talked about ("announced his
    # endorsement"): off, it is kept as a quote of kind "stance" (PolNeAR often annotates an attribution,
    # the article gold records no quote); on, it is dropped.
    object_needs_clause: bool = False
    # Most words of a quotation inside the writer's sentence (after a word) that is no quote unless its
    # cue stands right before it ("criticized the “reckless” plan"). On the PolNeAR tune half such
    # quotations of up to 4 words, attributed by a cue further off, are attributions 15-20% of the time.
    max_fragment_words: int = 4
    # Fewest words a quotation needs to be a quote without a cue (else a scare quote or a title).
    min_uncued_words: int = 5
    # Most characters between a quote whose speaker is a definite description of a person ("the
    # veteran said") and the quote of the person it takes as that speaker (the one quoted last).
    max_description_gap: int = 1500
    # End an indirect content before a non-restrictive relative clause that closes it ("..., where he
    # trailed by 1 percent"): the writer's background on a noun, not what was said. Only where the cue comes first.
    cut_trailing_relative: bool = False
    # Drop what a poll, survey or count "shows" or "found" (else kept, of kind "finding").
    drop_findings: bool = False
    # Give the quoted words of a mixed quote a direct statement of their own ("said the budget was a “total
    # disaster” for the town": “total disaster”, Berg's words) and make its clause, the writer's paraphrase, a
    # quote of kind "paraphrase", where its longest quotation is less than half the clause and the clause is a
    # statement (no question put, belief or finding). The whole-article gold records those words; PolNeAR
    # records the clause and no quote nested in it. On (session 24): articles quote P/R tune 0.852/0.764 ->
    # 0.893/0.821, check 0.751/0.747 -> 0.829/0.831, speaker tune 0.960 -> 0.951, check 0.890 -> 0.872, events
    # equal; PolNeAR end-to-end F1 tune 0.588 -> 0.571, check 0.603 -> 0.586 (quotes nested in gold contents).
    # Off: the clause alone, a statement.
    quoted_words_apart: bool = True
    # Drop "I think ...", "we now know that ..." outside quotation marks (the writer's own voice).
    drop_writer_voice: bool = False
    # The learned acceptance model of quotes (:mod:`.acceptance`): "" for the packaged one, a file path, or
    # "none" for no model (every quote the rules find is kept).
    acceptance_model: str = ""

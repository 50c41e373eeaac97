"""Questions in quotation marks: words put to someone as a question state nothing.

"“So you will sign next week?” the host asked": a direct quote made only of questions, cued by a verb of
asking, is a question put, a quote of kind "stance" like "X asked whether ...", no statement. A question
the speaker says ("“Who would trust them now?” she said", a rhetorical one) and a question answered in the
same quotation ("“Why? Because we care,”") are statements.
"""

from __future__ import annotations

import re

# The end of a sentence inside a quotation: its closing punctuation, then a space or the end.
SENTENCE_END_RE = re.compile(r"[.!?…]+(?=[\s”\"’']|$)")
# Characters after a question's mark that leave it the last thing said (closing marks, spaces).
CLOSING = " \t\r\n”\"’'»)"


def only_questions(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one or more questions and nothing else: it ends with a question
    mark, and every sentence in it ends with one."""
    k = end
    while k > start and text[k - 1] in CLOSING:
        k -= 1
    if k <= start or text[k - 1] != "?":
        return False
    return all(m.group().endswith("?") for m in SENTENCE_END_RE.finditer(text, start, k))


__all__ = ["only_questions"]

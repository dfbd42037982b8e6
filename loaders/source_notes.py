"""A page's numbered notes of its sources ("[3] Ministry of Interior, press statements, March 2014.") cite where a
fact came from; they state no link between the bodies they name. A note is a line that opens with its number in
square brackets or set as a superscript ("¹ Ruritanian police figures, 2021."); a number at the end of a sentence
("...in 2017.[6] The group said", "...in 2017.⁶ The group said") opens no line, and leaves the sentence a statement.

>>> text = "Rebels attacked the town.[1] They fled.\\n[1] Ruritania Ministry of Interior, press statement, 2014."
>>> in_source_note(text, text.index("Ruritania")), in_source_note(text, text.index("They"))
(True, False)
>>> text = "Police fired.² They left.\\n² Ruritanian army statement, 3 May 2021."
>>> in_source_note(text, text.index("Ruritanian")), in_source_note(text, text.index("They"))
(True, False)
"""

from __future__ import annotations

import re

NOTE = re.compile(r"[ \t]*(?:\[\d{1,3}\]|[¹²³⁰⁴-⁹]{1,3})[ \t]+\S")


def in_source_note(text: str, at: int) -> bool:
    """Whether the character at ``at`` of ``text`` is on a line that is a numbered note of a source."""
    return NOTE.match(text, text.rfind("\n", 0, at) + 1) is not None

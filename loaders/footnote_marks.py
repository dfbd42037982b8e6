"""Footnote marks written in superscript right after a word or its punctuation ("... Ancestral Domain (MOA-AD).¹
Kato, a cleric, ...", "in 2008.²"). spaCy's English tokenizer keeps such a mark glued to what it follows ("AD).¹",
"2008.²"), so the bracket and the full stop stay inside one token, the sentence does not end there and the NER reads
the mark's token into the next name ("AD).¹ Kato": a man no page names). A superscript digit is split off a token's
end as a suffix of its own, as a bracket or a full stop is, so what it followed is read as it would be without it.

>>> import spacy
>>> nlp = with_footnote_marks(spacy.blank("en"))
>>> [t.text for t in nlp("Domain (MOA-AD).¹ Kato fled in 2008.² He returned.")]
['Domain', '(', 'MOA', '-', 'AD', ')', '.', '¹', 'Kato', 'fled', 'in', '2008', '.', '²', 'He', 'returned', '.']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_suffix_regex

FOOTNOTE_MARKS = r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+"  # superscript digits: a footnote's number


def with_footnote_marks(nlp: Language) -> Language:
    """The pipeline, its tokenizer splitting a superscript footnote mark off a token's end (module docstring)."""
    suffixes = [FOOTNOTE_MARKS, *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp

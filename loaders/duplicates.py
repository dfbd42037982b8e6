"""Near-identical documents (syndicated wire copies of one story) found by word shingles.

Each text becomes the set of its 5-word shingles; MinHash signatures split into bands
(locality-sensitive hashing) propose candidate pairs, and a pair is a duplicate when the
exact Jaccard similarity of the two shingle sets reaches :data:`THRESHOLD`. Everything is a
pure function of the texts, so the answer never depends on the order they were read in
or on which signatures came from the build cache.

>>> story = " ".join(f"In week {n} the group struck the base again, officials said." for n in range(12))
>>> near_duplicates({"b-afp": story + " (AFP)", "a-reuters": story + " (Reuters)", "c": "Iran backs the Houthis."})
{'b-afp': 'a-reuters'}
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping

import numpy as np

SHINGLE_WORDS = 5
THRESHOLD = 0.9
BANDS, ROWS = 16, 4  # 64 MinHash values; pairs above ~0.5 similarity become candidates
_WORD = re.compile(r"\w+")
_MIX = np.uint64(0x9E3779B97F4A7C15)
_rng = np.random.default_rng(20240601)
_A = _rng.integers(1, 2**63, BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, BANDS * ROWS, dtype=np.uint64)


def shingles(text: str) -> np.ndarray:
    """Sorted distinct 64-bit hashes of the text's lower-cased 5-word shingles (one for a shorter text).

    >>> len(shingles("One two three four five six.")), len(shingles("Too short."))
    (2, 1)
    """
    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    width = min(SHINGLE_WORDS, len(words))
    combined = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for k in range(width):
        combined = combined * _MIX + hashes[k : len(hashes) - width + 1 + k]
    return np.unique(combined)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted shingle arrays."""
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def signature(text: str) -> bytes:
    """The text's MinHash signature (``BANDS * ROWS`` 64-bit values; empty for a text with no words).

    Cheap to store beside a document's facts, so a rebuild need not shingle unchanged documents again.
    """
    shingle_set = shingles(text)
    if not len(shingle_set):
        return b""
    hashed = np.multiply.outer(shingle_set, _A)  # one array a shingle by a hash function, added to in place
    hashed += _B
    return hashed.min(axis=0).tobytes()


def near_duplicates(
    texts: Mapping[str, str], signatures: Mapping[str, bytes] | None = None, threshold: float = THRESHOLD
) -> dict[str, str]:
    """Map each near-duplicate document id to the id of the document it copies.

    Documents are taken in id order; the first of a group is kept and every later one
    whose similarity to a kept document reaches ``threshold`` maps to the first such document.
    ``signatures`` (by document id) saves computing them; shingles are only made for the
    few pairs whose signatures make them candidates.
    """
    signatures = signatures or {}
    shingled: dict[str, np.ndarray] = {}

    def shingles_of(doc_id: str) -> np.ndarray:
        if doc_id not in shingled:
            shingled[doc_id] = shingles(texts[doc_id])
        return shingled[doc_id]

    band_bytes = ROWS * 8
    buckets: dict[tuple[int, bytes], list[str]] = {}
    duplicates: dict[str, str] = {}
    for doc_id in sorted(texts):
        minhash = signatures.get(doc_id)
        if minhash is None:
            minhash = signature(texts[doc_id])
        if not minhash:
            continue
        bands = [(band, minhash[band * band_bytes : (band + 1) * band_bytes]) for band in range(BANDS)]
        candidates = sorted({other for band in bands for other in buckets.get(band, ())})
        original = next((c for c in candidates if jaccard(shingles_of(doc_id), shingles_of(c)) >= threshold), None)
        if original is not None:
            duplicates[doc_id] = original
            continue
        for band in bands:
            buckets.setdefault(band, []).append(doc_id)
    return duplicates

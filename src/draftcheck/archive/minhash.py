"""One-permutation MinHash with rotation densification, and LSH band keys (numpy-free).

datasketch is the usual library for this, but it imports numpy and scipy, which the linter does not
otherwise need; this is the same idea in a few lines of pure Python. A unit's normalised text is
cut into ``SHINGLE``-character shingles; each shingle is hashed once (CRC-32 of its UTF-32 bytes,
then a multiplicative mix: stable across processes and runs, unlike ``hash``); the top bits pick one
of ``BINS`` bins and the rest is the value, and a bin keeps its minimum (one-permutation hashing,
Li, Owen & Zhang 2012). An empty bin borrows the value of the next non-empty bin to its right, offset
by the distance (rotation densification, Shrivastava & Li 2014), so two units agree in a bin with
probability close to their Jaccard similarity. ``ROWS`` consecutive bins form a band; a band's key
is a 31-bit hash of its values and its number, and two units whose keys agree in any band are
candidates: with 16 bands of 2 rows a pair at Jaccard 0.5 is found with probability 0.99, one at
0.2 with 0.48; candidates are confirmed by alignment, never taken on trust.
"""

from __future__ import annotations

import zlib

SHINGLE = 4
BINS = 32
ROWS = 2
BANDS = BINS // ROWS
_VALUE_BITS = 27
_VALUE_MASK = (1 << _VALUE_BITS) - 1
_EMPTY = 1 << 40
_MIX = 0x9E3779B1


def signature(normalised: str) -> list[int]:
    """The densified one-permutation MinHash of ``normalised`` (``BINS`` values)."""
    data = normalised.encode("utf-32-le")
    width = 4 * SHINGLE
    if len(data) < width:
        hashes = {zlib.crc32(data)}
    else:
        hashes = {zlib.crc32(data[i : i + width]) for i in range(0, len(data) - width + 4, 4)}
    # Mixed hashes from largest to smallest: in the dict, each bin keeps the last (smallest) value.
    mixed = sorted([(h * _MIX) & 0xFFFFFFFF for h in hashes], reverse=True)
    minima = dict(zip([h >> _VALUE_BITS for h in mixed], [h & _VALUE_MASK for h in mixed]))
    bins = [minima.get(b, _EMPTY) for b in range(BINS)]
    if _EMPTY in bins:
        dense = list(bins)
        for i, v in enumerate(bins):
            if v == _EMPTY:
                distance = 1
                while bins[(i + distance) % BINS] == _EMPTY:
                    distance += 1
                dense[i] = bins[(i + distance) % BINS] + (distance << _VALUE_BITS)
        bins = dense
    return bins


def band_keys(values: list[int]) -> list[int]:
    """One 31-bit key per band: the band's number and values, hashed.

    ``hash`` of a tuple of ints is not salted (only str and bytes hashes are), so keys are the same
    in every process; ``KEY_CHECK`` is stored in the index and compared on opening, in case an
    interpreter ever hashes tuples differently."""
    return [hash((band, *values[band * ROWS : (band + 1) * ROWS])) & 0x7FFFFFFF for band in range(BANDS)]


def key_check() -> str:
    """Band keys of a fixed text, stored in an index to detect a change of hashing."""
    return ",".join(map(str, band_keys(signature("开发区坚持把项目建设作为推动高质量发展的总抓手"))))


def estimated_jaccard(bands_agreeing: int) -> float:
    """Jaccard similarity suggested by the number of bands whose keys agree."""
    return (bands_agreeing / BANDS) ** (1 / ROWS)

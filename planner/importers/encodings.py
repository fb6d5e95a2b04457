"""Text encoding detection for spreadsheets and 8-bit headers, Russian exports first.

KOI8-R text also decodes as Windows-1251 without an error (and the other way
round), so decoding alone cannot tell them apart: each candidate is scored by
how Russian the letters it yields look (letter frequencies, and the case pattern:
KOI8-R read as cp1251 comes out in capitals, mid-word).
"""

from __future__ import annotations

import codecs
import math

#: How many bytes of a file are looked at to decide its encoding.
SAMPLE_BYTES = 256 * 1024

#: Relative frequency (per mille) of Russian lower-case letters in ordinary text.
RUSSIAN_FREQ = {
    "о": 109.7,
    "е": 84.5,
    "а": 80.1,
    "и": 73.5,
    "н": 67.0,
    "т": 62.6,
    "с": 54.7,
    "р": 47.3,
    "в": 45.4,
    "л": 44.0,
    "к": 34.9,
    "м": 32.1,
    "д": 29.8,
    "п": 28.1,
    "у": 26.2,
    "я": 20.1,
    "ы": 19.0,
    "ь": 17.4,
    "г": 17.0,
    "з": 16.5,
    "б": 15.9,
    "ч": 14.4,
    "й": 12.1,
    "х": 9.7,
    "ж": 9.4,
    "ш": 7.3,
    "ю": 6.4,
    "ц": 4.8,
    "щ": 3.6,
    "э": 3.2,
    "ф": 2.6,
    "ъ": 0.4,
    "ё": 0.4,
}
_FLOOR = 0.05
CYRILLIC_CANDIDATES = ("cp1251", "koi8_r", "cp866")
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def is_utf8(sample: bytes, *, final: bool = False) -> bool:
    """True if the bytes are valid UTF-8; a multi-byte character cut at the sample's end is fine."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=final)
    except UnicodeDecodeError:
        return False
    return True


def russian_score(text: str) -> float:
    """How much ``text`` looks like Russian: mean log-frequency of its Cyrillic letters,
    minus penalties for capitals inside words and for words mixing Latin and Cyrillic
    letters (Latin-1 text read as cp1251: "Mьller"). Higher is more Russian; no letters: -inf."""
    total = 0.0
    letters = 0
    odd = 0
    previous_lower = False
    previous_latin = False
    for ch in text:
        low = ch.lower()
        freq = RUSSIAN_FREQ.get(low)
        if freq is None:
            previous_lower = False
            previous_latin = ch.isascii() and ch.isalpha()
            continue
        letters += 1
        total += math.log(freq + _FLOOR)
        if (ch != low and previous_lower) or previous_latin:
            odd += 1
        previous_lower = ch == low
        previous_latin = False
    if not letters:
        return float("-inf")
    return total / letters - 4.0 * odd / letters


def best_cyrillic(sample: bytes) -> tuple[str, float]:
    """The Cyrillic 8-bit encoding under which ``sample`` reads most like Russian."""
    best = ("cp1251", float("-inf"))
    for name in CYRILLIC_CANDIDATES:
        text = sample.decode(name, errors="replace")
        score = russian_score(text)
        if score > best[1]:
            best = (name, score)
    return best


#: Mean log-frequency above which 8-bit text is taken for Russian (random bytes score lower).
RUSSIAN_THRESHOLD = 2.6


def detect_encoding(sample: bytes, *, complete: bool = False) -> str:
    """The encoding of a text file from its first bytes: BOM, UTF-8, a Cyrillic code page,
    else what charset-normalizer guesses, else Windows-1252 (which decodes any byte)."""
    for bom, name in BOMS:
        if sample.startswith(bom):
            return name
    if is_utf8(sample, final=complete):
        return "utf-8"
    name, score = best_cyrillic(sample)
    if score >= RUSSIAN_THRESHOLD:
        return name
    if len(sample) < 256:
        return "cp1252"  # too little text for a statistical guess; cp1252 decodes any byte
    from charset_normalizer import from_bytes

    guess = from_bytes(sample[:65536]).best()
    if guess is not None and guess.encoding:
        return guess.encoding
    return "cp1252"


def decode_bytes(data: bytes) -> str:
    """Decode a whole small byte string (a header, a card value) by detecting its encoding."""
    if not data:
        return ""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return data.decode(detect_encoding(data[:SAMPLE_BYTES], complete=True), errors="replace")


def decode_with(data: bytes, charset: str | None) -> str:
    """Decode with a declared charset, falling back to detection when it is wrong or unknown."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)

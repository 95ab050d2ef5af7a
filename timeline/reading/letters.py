"""A run of letters for the tokenizers' regular expressions."""

# `[^\W\d_]+`, written so that the engine takes a run of ASCII letters by a range test
# before it reads the Unicode categories of the letters after it: the same match (both
# take the longest run), found faster; the tokenizers run it on every word.
LETTERS = r"(?:[a-zA-Z]+[^\W\d_]*|[^\W\d_]+)"

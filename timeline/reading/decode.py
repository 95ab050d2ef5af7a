"""Bytes to text: detect the encoding, refuse what is not text, normalise line ends."""

from __future__ import annotations

import codecs
import re

from timeline.errors import InputError

# Characters that Western European text legitimately uses beyond ASCII. A legacy
# 8-bit decoding that yields mostly other characters is the wrong encoding.
_WESTERN = set(
    "áéíóúüñçàèìòùâêîôûäëïöÿãõåæøœšžÁÉÍÓÚÜÑÇÀÈÌÒÙÂÊÎÔÛÄËÏÖÃÕÅÆØŒŠŽ"
    "¿¡«»ºª°€£¥§©®·–—‘’‚“”„…•´¨ ±×÷½¼¾¹²³µ¶¢"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml[^>]*>\s*<html\b)", re.I)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises InputError for empty or binary input."""
    if not data.strip():
        raise InputError("the file is empty" if not data else "the file holds only whitespace")
    text, encoding = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("the file holds only whitespace")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise InputError(f"this looks like binary data, not text ({controls} control characters)")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8) :], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError("the file starts with a UTF-16 byte order mark but is not valid UTF-16") from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise InputError("this looks like binary data, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _utf8_sequences(data) >= 2:
        # Mostly UTF-8 with a few damaged bytes: keep the text, mark the damage.
        return _utf8(data, "utf-8")
    return _legacy(data)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte order mark: Latin text then has a NUL in every
    other byte, on the odd bytes (little endian) or the even ones (big endian)."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for name, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.6 * half and others <= 0.02 * half:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                return None
    return None


def _utf8(data: bytes, name: str) -> tuple[str, str]:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if bad:
        return text, f"{name} ({bad} invalid byte sequence{'s' if bad > 1 else ''} replaced by U+FFFD)"
    return text, name


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_sequences(data: bytes) -> int:
    return len(_UTF8_SEQUENCE.findall(data))


def _legacy(data: bytes) -> tuple[str, str]:
    # Bytes 0x80-0x9F are printable in Windows-1252 (curly quotes, dashes, euro)
    # and control codes in Latin-1: their presence decides between the two.
    if re.search(rb"[\x80-\x9f]", data):
        try:
            text, name = data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            raise InputError(
                "the file is neither UTF-8 nor Windows-1252/Latin-1; convert it to UTF-8 (e.g. with iconv)"
            ) from None
    else:
        text, name = data.decode("latin-1"), "iso-8859-1"
    high = [c for c in text if ord(c) > 0x7F]
    western = sum(1 for c in high if c in _WESTERN)
    letters = sum(1 for c in text if c.isalpha())
    # Western text has a few accented letters among ASCII ones; Cyrillic or Greek
    # read as Latin-1 is mostly "accented" letters.
    if high and (western < 0.8 * len(high) or len(high) > 0.25 * letters):
        raise InputError(
            "the file is not UTF-8 and does not read as Windows-1252/Latin-1 text; "
            "convert it to UTF-8 (e.g. with iconv)"
        )
    return text, name


# Characters that are not text: C0/C1 controls (but tab and line feed), DEL, the
# Unicode line and paragraph separators, and what XML and UTF-8 cannot carry (lone
# surrogates, U+FFFE, U+FFFF). Replaced one for one, so offsets stay valid.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_NOT_CHARACTER = re.compile(r"[\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> tuple[str, str | None]:
    """Replace control characters by spaces (and non-characters by U+FFFD), one for
    one, so the text is safe in every export; returns the text and a note if any was."""
    found = _NOT_TEXT.findall(text)
    if not found:
        return text, None
    text = _NOT_CHARACTER.sub("\ufffd", text)
    text = _NOT_TEXT.sub(" ", text)
    return text, f"{len(found)} control or invalid character{'s' if len(found) > 1 else ''} replaced by spaces or U+FFFD"


# A fragment without <html>: several known tags, at least one of them closed.
_KNOWN_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|article|section|h[1-6]|ul|ol|li|table|tr|td|header|footer|"
    r"main|figure|figcaption|blockquote|time|meta|link|img)\b[^<>]{0,300}>",
    re.I,
)
_HTML_SAMPLE = 20_000


def looks_like_html(text: str) -> bool:
    if _HTML_START.match(text):
        return True
    sample = text[:_HTML_SAMPLE]
    tags = _KNOWN_TAG.findall(sample)
    return len(tags) >= 3 and any(tag.startswith("</") for tag in tags)

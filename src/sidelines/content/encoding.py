"""Bytes -> text: refuse binary data, then decode with the declared charset and sensible fallbacks."""

from __future__ import annotations

import codecs
import logging
import re

from sidelines.errors import IngestError

log = logging.getLogger(__name__)

# Magic numbers of common binary formats, to name them in the error message.
MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3", "a SQLite database"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""")
FALLBACKS = ("utf-8", "cp1252")
SNIFF_BYTES = 8192
# Share of control characters (other than tab, newline, carriage return, form feed) that marks binary data.
MAX_CONTROL_SHARE = 0.05


def check_not_binary(data: bytes, source: str, *, magic_only: bool = False) -> None:
    """Raise E101 when the bytes look like a binary file rather than text.

    ``magic_only`` checks the magic numbers alone: a JSON-lines corpus with one NUL byte is
    judged line by line, not refused whole.
    """
    head = data[:SNIFF_BYTES]
    if any(head.startswith(bom) for bom, _ in BOMS[:2] + BOMS[3:]):
        return  # UTF-16/32 text holds NUL bytes by design
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise IngestError(f"{source}: looks like {what}, not text; convert it to text or HTML first", code="E101")
    if magic_only:
        return
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or (head and controls / len(head) > MAX_CONTROL_SHARE):
        raise IngestError(f"{source}: looks like a binary file (control bytes), not text", code="E101")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares about itself, if any."""
    head = data[:SNIFF_BYTES]
    m = XML_ENCODING.search(head) or META_CHARSET.search(head)
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def _utf8_with_strays(data: bytes, source: str) -> str | None:
    """UTF-8 text holding a few stray bytes of another code page, each read as cp1252, with a warning.

    None when the bytes hold no valid multi-byte UTF-8 at all (a cp1252 or Latin-1 file).
    """
    strays: list[int] = []

    def stray(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        strays.append(exc.start)
        return exc.object[exc.start:exc.start + 1].decode("cp1252", errors="replace"), exc.start + 1

    codecs.register_error("sidelines-stray", stray)
    text = data.decode("utf-8", errors="sidelines-stray")
    if not any(ord(c) > 127 for c in data.decode("utf-8", errors="ignore")):
        return None
    log.warning("%s: UTF-8 text with %d byte(s) that are not UTF-8 (first at byte %d); read them as cp1252",
                source, len(strays), strays[0])
    return text


def _is_utf8_name(name: str) -> bool:
    try:
        return codecs.lookup(name).name == "utf-8"
    except LookupError:
        return False


def decode_bytes(data: bytes, source: str, charset: str | None = None, *, magic_only: bool = False) -> str:
    """Decode bytes as text: a BOM, then the declared charset, then UTF-8, then cp1252, then Latin-1.

    Args:
        data: The raw bytes.
        source: Where they came from, for error messages.
        charset: A charset declared outside the bytes (an HTTP header), tried after any BOM.

    Raises:
        IngestError: E101 when the bytes are binary data.
    """
    check_not_binary(data, source, magic_only=magic_only)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = [c for c in (charset, declared_charset(data)) if c]
    if declared and not data.isascii() and not _is_utf8_name(declared[0]):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:  # multi-byte UTF-8 that happens to be valid in another charset is vanishingly rare
            log.warning("%s: declared %s but is valid UTF-8; read as UTF-8", source, declared[0])
            return text
    for encoding in declared:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            log.warning("%s: not valid %s as declared; trying UTF-8, then cp1252", source, encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        mixed = _utf8_with_strays(data, source)
        if mixed is not None:
            return mixed
    for encoding in FALLBACKS[1:]:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    log.info("%s: not valid UTF-8 or cp1252; decoded as Latin-1", source)
    return data.decode("latin-1")

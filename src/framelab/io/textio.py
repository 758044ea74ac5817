"""Reading text files from the outside world: size limit, binary detection, encodings, BOM,
line endings and mojibake. Every repair is recorded, nothing is changed silently."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import charset_normalizer
import ftfy

DEFAULT_MAX_BYTES = 5_000_000  # a long news article is ~50 kB; 5 MB is surely not one article
# ftfy repairs mojibake only: quotes, widths, ligatures, line breaks and Unicode normalisation
# are left alone (line endings and NFC are handled, and recorded, elsewhere).
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)

FTFY_NO_ENCODING = FTFY_CONFIG._replace(fix_encoding=False)
# UTF-8 read as Latin-1/CP-1252 turns a lead byte into one of "Â".."ô" followed by a
# continuation byte shown as U+0080..U+00BF or one of CP-1252's printable 0x80..0x9F characters
# ("Ã¼" for "ü", "â€ž" for "„"). Text without such a pair cannot hold that mojibake; only the
# rest goes through ftfy's (slow: ~0.5 ms per article) badness test.
_MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021"
    "\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013"
    "\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)


class TextProblem(ValueError):
    """The bytes cannot be used as article text; the message says why."""


@dataclass
class Decoded:
    text: str
    encoding: str = "utf-8"
    repairs: list[str] = field(default_factory=list)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Decode article bytes to text; raise :class:`TextProblem` if they are not usable.

    UTF-8 is read as is; other encodings are detected (charset-normalizer) and transcoded; a BOM
    is dropped; CRLF/CR become LF; mojibake ("GrÃ¼ÃŸe") is repaired with ftfy. Each repair is
    listed in ``Decoded.repairs``.
    """
    if len(data) > max_bytes:
        raise TextProblem(
            f"{len(data):,} bytes is larger than the limit of {max_bytes:,} bytes "
            "per article (raise --max-bytes if this really is one article)"
        )
    if looks_binary(data):
        raise TextProblem("binary data (NUL or control bytes), not a text file")
    repairs = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        repairs.append("removed UTF-8 BOM")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise TextProblem("not UTF-8 and no text encoding could be detected") from None
        text, encoding = str(best), best.encoding
        repairs.append(f"transcoded from {encoding}")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        repairs.append("normalised CRLF/CR line endings")
    # without a mojibake pair (see _MOJIBAKE_PAIR) ftfy's costly encoding repair finds nothing
    config = FTFY_CONFIG if _MOJIBAKE_PAIR.search(text) else FTFY_NO_ENCODING
    fixed = ftfy.fix_text(text, config=config)
    if fixed != text:
        text = fixed
        repairs.append("repaired mojibake (ftfy)")
    if not text.strip():
        raise TextProblem("empty: no text")
    return Decoded(text=text, encoding=encoding, repairs=repairs)


def has_mojibake(text: str) -> bool:
    """Whether the text shows typical mojibake (UTF-8 read as Latin-1/CP-1252: "Ã¼")."""
    from ftfy.badness import is_bad

    return bool(_MOJIBAKE_PAIR.search(text)) and bool(is_bad(text))

"""Reading text files from the outside world: size limit, binary detection, encodings, BOM,
line endings and mojibake. Every repair is recorded, nothing is changed silently."""

from __future__ import annotations

import codecs
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


class TextProblem(ValueError):
    """The bytes cannot be used as article text; the message says why."""


@dataclass
class Decoded:
    text: str
    encoding: str = "utf-8"
    repairs: list[str] = field(default_factory=list)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
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
    fixed = ftfy.fix_text(text, config=FTFY_CONFIG)
    if fixed != text:
        text = fixed
        repairs.append("repaired mojibake (ftfy)")
    if not text.strip():
        raise TextProblem("empty: no text")
    return Decoded(text=text, encoding=encoding, repairs=repairs)


def has_mojibake(text: str) -> bool:
    """Whether the text shows typical mojibake (UTF-8 read as Latin-1/CP-1252: "Ã¼")."""
    from ftfy.badness import is_bad

    return bool(is_bad(text))

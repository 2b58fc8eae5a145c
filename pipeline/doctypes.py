"""The documented vocabulary of document types (``term type="doctype" @key``).

Keys are stable; the word as written is kept as the term's text. Longer phrases are
tried first, so "Memorandum of Conversation" wins over "Memorandum".
"""

from __future__ import annotations

import functools
import re

#: key → the words listings use for it (lower case).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "letter": ("letter", "hand-delivered letter", "open letter", "lettre", "brief", "schreiben",
               "postcard", "post card", "carte postale", "postkarte"),
    "cable": ("cable", "incoming cable", "outgoing cable"),
    "telegram": ("telegram", "ciphered telegram", "draft telegram", "telegramme"),
    "memorandum": ("memorandum", "memo", "aide-mémoire", "aide-memoire"),
    "memorandum-of-conversation": ("memorandum of conversation", "memorandum of a conversation",
                                   "record of conversation", "record of a conversation",
                                   "record of the conversation", "minutes of conversation",
                                   "notes of conversation", "notes of a conversation",
                                   "notes of the conversation",
                                   "minutes of a conversation", "conversation record",
                                   "memcon"),
    "conversation": ("conversation", "discussion", "talk", "talks", "meeting"),
    "minutes": ("minutes", "meeting minutes", "protocol"),
    "report": ("report", "information", "informational report"),
    "note": ("note", "verbal note", "note verbale"),
    "notes": ("notes",),
    "instruction": ("instruction", "instructions"),
    "directive": ("directive",),
    "resolution": ("resolution",),
    "speech": ("speech",),
    "diary": ("diary", "journal entry", "journal"),
    "decree": ("decree",),
    "statement": ("statement", "official statement", "declaration", "communiqué", "communique"),
    "interview": ("interview",),
    "agreement": ("agreement", "contract", "deed", "treaty", "convention", "protocol of agreement"),
}

_FORMS = sorted(
    ((form, key) for key, forms in VOCABULARY.items() for form in forms),
    key=lambda item: -len(item[0]),
)
_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(form) for form, _ in _FORMS) + r")s?(?![\w-])",
    re.IGNORECASE,
)
_KEY = {form: key for form, key in _FORMS}


@functools.lru_cache(maxsize=4096)  # the reader asks about one line several times in a row
def find(title: str) -> tuple[str, str, int, int] | None:
    """The first type word in a title: (key, word as written, start, end)."""
    m = _PATTERN.search(title)
    if not m:
        return None
    return _KEY[m.group(1).lower()], m.group(0), m.start(), m.end()

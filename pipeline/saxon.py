"""The one Saxon processor of the process.

SaxonC-HE runs a natively compiled Java library inside Python. Each
``PySaxonProcessor`` starts its own instance, which is slow, and several alive at once
have proved fragile; nodes and compiled stylesheets also must not be mixed between
processors. So all code that needs Saxon (XSLT, Schematron) shares this one.
"""

from __future__ import annotations

from functools import cache

from saxonche import PySaxonProcessor


@cache
def processor() -> PySaxonProcessor:
    """Return the shared Saxon-HE processor, created on first use (no licence needed)."""
    return PySaxonProcessor(license=False)

"""The one Saxon processor of the process, configured to read files as data.

SaxonC-HE runs a natively compiled Java library inside Python. Each
``PySaxonProcessor`` starts its own instance, which is slow, and several alive at once
have proved fragile; nodes and compiled stylesheets also must not be mixed between
processors. So all code that needs Saxon (XSLT, Schematron) shares this one.

Nothing a TEI file says may reach outside it: Saxon's XML parser refuses any DOCTYPE
(so no entity, internal or external, and no DTD is ever read), and ``doc()``,
``collection()`` and ``unparsed-text()`` may open ``file:`` URIs only, never the network.
corresp checks the files with lxml first and names a DOCTYPE with its file and line;
these settings are the second wall.
"""

from __future__ import annotations

from functools import cache

from saxonche import PySaxonProcessor

_PARSER = "http://saxon.sf.net/feature/parserFeature?uri="
#: Saxon configuration properties (name → value), applied to the processor when it starts.
HARDENING = {
    f"{_PARSER}http://apache.org/xml/features/disallow-doctype-decl": "true",
    f"{_PARSER}http://xml.org/sax/features/external-general-entities": "false",
    f"{_PARSER}http://xml.org/sax/features/external-parameter-entities": "false",
    f"{_PARSER}http://apache.org/xml/features/nonvalidating/load-external-dtd": "false",
    "http://saxon.sf.net/feature/allowedProtocols": "file",
}


@cache
def processor() -> PySaxonProcessor:
    """Return the shared Saxon-HE processor, created on first use (no licence needed)."""
    proc = PySaxonProcessor(license=False)
    for name, value in HARDENING.items():
        proc.set_configuration_property(name, value)
    return proc

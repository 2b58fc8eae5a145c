"""corresp: plain-text listings of letters → TEI P5 → HTML, CSV and CMIF.

Data flows one way: ``read`` (raw text → records) → ``encode`` (records → TEI)
→ ``validate`` → ``transform`` (TEI → outputs, by XSLT).
"""

__version__ = "0.1.0"

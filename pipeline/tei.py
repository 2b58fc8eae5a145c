"""TEI namespace, element factory, safe parsing and stable serialisation."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NS = {"tei": TEI_NS}
E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})

# No DTDs, no entities, no network: input files are data, not instructions.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)

# Elements whose content is running text: their whitespace is content and never touched.
_TEXT_ELEMENTS = {
    f"{{{TEI_NS}}}{name}"
    for name in (
        "p", "title", "persName", "placeName", "orgName", "date", "note", "term", "idno",
        "editor", "publisher", "licence", "email", "author", "head", "ab", "label", "item",
        "roleName", "forename", "surname", "addName", "name", "rs", "quote", "q", "hi",
        "citedRange", "biblScope", "resp", "change", "desc",
    )
}


def parse_xml(path: Path) -> etree._ElementTree:
    return etree.parse(str(path), PARSER)


_DOCTYPE = re.compile(rb"<!DOCTYPE")


def not_data(tree: etree._ElementTree, data: bytes | None = None) -> list[tuple[int, str]]:
    """(line, message) for what would make a file more than data: a DOCTYPE (a DTD, or
    entities declared in it) and every entity reference in the text. corresp never expands
    an entity or reads a DTD; it says so rather than show a text with holes in it."""
    problems: list[tuple[int, str]] = []
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.system_url:
        found = _DOCTYPE.search(data) if data is not None else None
        line = data.count(b"\n", 0, found.start()) + 1 if found else 1
        problems.append((line, "has a DOCTYPE declaration: corresp reads TEI as data and never loads a DTD "
                               "or expands an entity; remove the <!DOCTYPE …> and write out the text of "
                               "any entity it declares"))
    for entity in tree.getroot().iter(etree.Entity):
        problems.append((entity.sourceline or 1, f"text from the entity {entity.text}: write the text itself "
                                                  "(entities are not expanded, so it would be missing)"))
    return problems


def indent(element: etree._Element, level: int = 0, space: str = "  ") -> None:
    """Pretty-print structure only; text elements keep their whitespace exactly.

    ``lxml.etree.indent`` would insert newlines into mixed content (a summary with
    names in it), changing the text; this one stops at elements that hold text.
    """
    if element.tag in _TEXT_ELEMENTS or not len(element) or (element.text or "").strip():
        return
    inner = "\n" + space * (level + 1)
    element.text = inner
    children = list(element)
    for child in children:
        if isinstance(child.tag, str):
            indent(child, level + 1, space)
        if (child.tail or "").strip():
            return  # mixed content after all: leave the rest alone
        child.tail = inner
    children[-1].tail = "\n" + space * level


def serialise(tree: etree._ElementTree | etree._Element, processing: list[str] | None = None) -> bytes:
    """UTF-8 bytes with declaration, stable indentation and a final newline.

    Processing instructions and comments before the root (an editor's ``xml-model``
    lines) are kept; ``processing`` adds them to a new document.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    indent(root)
    before = [
        etree.tostring(node, encoding="unicode", with_tail=False)
        for node in reversed(list(root.itersiblings(preceding=True)))
    ]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', *(processing or []), *before]
    return ("\n".join(lines) + "\n" + etree.tostring(root, encoding="unicode") + "\n").encode("utf-8")

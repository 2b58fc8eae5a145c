"""A compact ISO Schematron implementation: compile ``.sch`` to XSLT 3.0, run it with Saxon.

Why our own: the ISO skeleton is not available offline (and its output trips
saxonche 13), and pure-Python validators lack XPath 2/3. The compiler is small
because XSLT already does the hard part:

* each ``sch:pattern`` becomes its own mode with a do-nothing fallback; each node
  a rule of the pattern could match is pushed through its mode once (the elements
  of the names its rule contexts end in; else the root and every element, and the
  attributes and text/comments where a context could match them: ``_visited``),
  and the rules get descending priorities, so within a pattern a node is handled by
  the first matching rule only, as the standard requires;
* ``sch:assert`` / ``sch:report`` become ``xsl:if`` that writes a ``<failure>``;
* ``sch:let`` becomes a global ``xsl:param`` (schema), a tunnel parameter evaluated
  on the document root (pattern) or an ``xsl:variable`` (rule).

The report is ``<failures><failure pattern role id location test>message</failure>``;
``Schematron.validate`` maps each ``path()`` location back to a line with lxml.
Supported: ``ns``, ``let``, ``pattern``, ``rule`` (also abstract + ``extends``),
``assert``, ``report``, ``name``, ``value-of``, ``emph``/``dir``/``span`` (as text),
``diagnostics``, and top-level ``xsl:function``/``xsl:key``. Phases are ignored
(all patterns run); ``include`` and abstract patterns are rejected clearly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker
from saxonche import PySaxonApiError, PyXdmValue

from .saxon import processor

SCH = "http://purl.oclc.org/dsdl/schematron"
XSL = "http://www.w3.org/1999/XSL/Transform"
XML = "http://www.w3.org/XML/1998/namespace"
# Generated XSLT elements carry the .sch line they come from, so that Saxon's
# compile errors (which name a line of the generated XSLT) can point into the .sch.
SRC = "urn:corresp:schematron-source"
SRC_LINE = f"{{{SRC}}}line"
NS = {"sch": SCH}

# queryBinding -> value of the XSLT `version` attribute put on the generated code.
# "1.0" switches Saxon to XPath 1.0 backwards-compatible mode (first-item
# semantics, number comparisons), which is what XPath 1 schemas were written for.
QUERY_BINDINGS = {
    "xslt": "1.0", "xslt1": "1.0", "exslt": "1.0", "xpath": "1.0",
    "xslt2": None, "xslt3": None, "xpath2": None, "xpath3": None, "xpath31": None,
}

# A rule context can only match a text node, comment or PI through one of these kind tests.
# Files are read as data (for the line of a finding): no DTD, no entity, no network.
#: Files one Saxon run checks (validate_many). What a run holds grows with its files (12,000
#: letters: 420 MB), the time per file does not (1,000 at a time was faster).
MANY = 1000
_LINES = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_NON_ELEMENT_KIND = re.compile(r"\b(text|node|comment|processing-instruction)\s*\(")
# Rule contexts (predicates and strings taken out) that match elements only: a path of
# element name tests, and those of named elements only ('last': the name it ends in).
_NAME = r"[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?"
_NAMED_PATH = re.compile(rf"(?:/{{1,2}}\s*)?(?:{_NAME}\s*/{{1,2}}\s*)*(?P<last>{_NAME})")
_ELEMENT_TEST = rf"(?:{_NAME}|\*|[A-Za-z_][\w.-]*:\*|\*:[A-Za-z_][\w.-]*)"
_ELEMENT_PATH = re.compile(rf"/|(?:/{{1,2}}\s*)?(?:{_ELEMENT_TEST}\s*/{{1,2}}\s*)*{_ELEMENT_TEST}")
# One step of a Saxon path(): "/Q{uri}local[3]", "/@name", "/@Q{uri}local", "/text()[2]".
_STEP = re.compile(r"/(@?)(?:Q\{([^}]*)\})?([^/\[]+)(?:\[(\d+)\])?")


class SchematronError(Exception):
    """A schema that cannot be read or compiled, or a document that cannot be validated."""


@dataclass(frozen=True)
class Finding:
    """One fired assert/report. ``line`` is the element's line (for an attribute, its
    element's; lxml reports where the start tag ends); ``column`` is always 1 (unknown)."""

    file: str
    line: int
    column: int
    role: str
    message: str
    location: str
    pattern: str
    id: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.role}: {self.message}"


def _copy(element: etree._Element) -> etree._Element:
    """A detached copy (without tail text) of foreign content to embed in the XSLT."""
    return etree.fromstring(etree.tostring(element, with_tail=False))


def _avt(text: str) -> str:
    """Escape a literal for an XSLT attribute value template ({ and } are special)."""
    return text.replace("{", "{{").replace("}", "}}")


class _Compiler:
    """Turns one parsed ``sch:schema`` into an XSLT 3.0 stylesheet element."""

    def __init__(self, sch_path: Path):
        self.path = sch_path
        try:
            self.schema = etree.parse(str(sch_path)).getroot()
        except (OSError, etree.XMLSyntaxError) as e:
            raise SchematronError(f"{sch_path}: cannot read schema: {e}") from None
        if self.schema.tag != f"{{{SCH}}}schema":
            raise SchematronError(f"{sch_path}: root element is not an ISO sch:schema")
        for unsupported in ("sch:include", "sch:extends[@href]", "sch:pattern[@is-a]"):
            if (found := self.schema.find(f".//{unsupported}", NS)) is not None:
                raise SchematronError(
                    f"{sch_path}:{found.sourceline}: {unsupported} is not supported")
        binding = self.schema.get("queryBinding", "xslt").lower()
        if binding not in QUERY_BINDINGS:
            raise SchematronError(f"{sch_path}: unsupported queryBinding {binding!r}")
        self.compat = {"version": QUERY_BINDINGS[binding]} if QUERY_BINDINGS[binding] else {}
        ns = {n.get("prefix"): n.get("uri") for n in self.schema.iterfind("sch:ns", NS)}
        self.prefixes = set(ns)
        try:
            self.x = ElementMaker(namespace=XSL, nsmap={"xsl": XSL, "schsrc": SRC, **ns})
        except (TypeError, ValueError) as e:
            raise SchematronError(f"{sch_path}: bad sch:ns declaration: {e}") from None
        self.out = ElementMaker()  # the report's elements, in no namespace
        self.abstract = {r.get("id"): r
                         for r in self.schema.iterfind(".//sch:rule[@abstract='true']", NS)}
        self.diagnostics = {d.get("id"): d
                            for d in self.schema.iterfind("sch:diagnostics/sch:diagnostic", NS)}

    def _src(self, node) -> dict:
        return {SRC_LINE: str(node.sourceline)}

    def _need(self, node, attr: str) -> str:
        value = node.get(attr)
        if value is None:
            name = etree.QName(node).localname
            raise SchematronError(f"{self.path}:{node.sourceline}: sch:{name} needs @{attr}")
        return value

    def stylesheet(self) -> etree._Element:
        x = self.x
        patterns = [p for p in self.schema.iterfind("sch:pattern", NS) if p.get("abstract") != "true"]
        modes = [f"pattern{i}" for i in range(1, len(patterns) + 1)]
        main = x.template(self.out.failures(*[self.run(p, m) for p, m in zip(patterns, modes)]), match="/")
        # Many files in one run (Schematron.validate_many): each read, checked and let go
        # (xsl:source-document does not keep the documents as doc() would).
        files = x.param(name="schematron-files", select="()", **{"as": "Q{http://www.w3.org/2001/XMLSchema}string*"})
        batch = x.template(
            self.out.files(x("for-each",
                             x.variable(name="uri", select="."),
                             x("source-document", self.out.file(x("apply-templates", select="."), uri="{$uri}"),
                               href="{$uri}", streamable="no"),
                             select="$schematron-files")),
            name="schematron-batch")
        return x.stylesheet(
            x.output(method="xml", encoding="UTF-8", indent="no"),
            *[_copy(e) for e in self.schema.iterchildren(f"{{{XSL}}}*")],
            *[self.let(let, "param") for let in self.schema.iterfind("sch:let", NS)],
            main,
            files,
            batch,
            *[t for p, m in zip(patterns, modes) for t in self.pattern(p, m)],
            # xml:base: relative doc() URIs in the schema resolve against the .sch file.
            {"version": "3.0", "exclude-result-prefixes": "#all",
             f"{{{XML}}}base": self.path.resolve().as_uri()},
        )

    def let(self, let, tag: str, **extra) -> etree._Element:
        """A let with @value becomes select=; one with content keeps it as a temporary tree."""
        attrs = {"name": self._need(let, "name"), **extra, **self.compat, **self._src(let)}
        if let.get("value") is not None:
            return self.x(tag, select=let.get("value"), **attrs)
        return self.x(tag, *[_copy(c) for c in let if isinstance(c.tag, str)], **attrs)

    def run(self, pattern, mode) -> etree._Element:
        """Push the nodes its rules can match (``_visited``) through the pattern's mode; pattern
        lets are computed once on the root."""
        contexts = [r.get("context", "") for r in pattern.findall("sch:rule", NS) if r.get("abstract") != "true"]
        lets = pattern.findall("sch:let", NS)
        params = [self.x("with-param", name=let.get("name"), select=f"${let.get('name')}", tunnel="yes")
                  for let in lets]
        apply = self.x("apply-templates", *params, select=_visited(contexts, self.prefixes), mode=mode)
        if not lets:
            return apply
        # Variables first (a let may use an earlier one), scoped to this pattern by the for-each.
        return self.x("for-each", *[self.let(let, "variable") for let in lets], apply, select=".")

    def pattern(self, pattern, mode) -> list[etree._Element]:
        x = self.x
        rules = [r for r in pattern.iterfind("sch:rule", NS) if r.get("abstract") != "true"]
        names = [self._need(let, "name") for let in pattern.iterfind("sch:let", NS)]
        # Nodes that no rule matches: nothing. (A template, not on-no-match="deep-skip",
        # because deep-skip still descends from the document node, which would visit
        # the root element twice.) Rule priorities are all above 0.
        templates = [x.template(match="/ | node() | @*", mode=mode, priority="0")]
        for i, rule in enumerate(rules):
            templates.append(x.template(
                *[x.param(name=name, tunnel="yes") for name in names], *self.body(rule, rule, pattern),
                match=self._need(rule, "context"), mode=mode, priority=str(len(rules) - i),
                **self.compat, **self._src(rule)))
        return templates

    def body(self, rule, context_rule, pattern, seen=()) -> list[etree._Element]:
        """Lets and checks of a rule in document order, with abstract rules inlined."""
        out = []
        for child in rule.iterchildren(f"{{{SCH}}}*"):
            name = etree.QName(child).localname
            if name == "let":
                out.append(self.let(child, "variable"))
            elif name in ("assert", "report"):
                out.append(self.check(child, context_rule, pattern))
            elif name == "extends":
                target = self._need(child, "rule")
                if target not in self.abstract or target in seen:
                    raise SchematronError(
                        f"{self.path}:{child.sourceline}: no abstract rule {target!r} to extend")
                out += self.body(self.abstract[target], context_rule, pattern, (*seen, target))
        return out

    def check(self, check, rule, pattern) -> etree._Element:
        x = self.x
        test = self._need(check, "test")
        message = self.message(check)
        for ref in check.get("diagnostics", "").split():
            if ref not in self.diagnostics:
                raise SchematronError(f"{self.path}:{check.sourceline}: unknown diagnostic {ref!r}")
            message += [x.text(" "), *self.message(self.diagnostics[ref])]
        failure = self.out.failure(
            x("value-of", select="normalize-space($schematron-message)"),
            {"pattern": _avt(pattern.get("id", "")),
             "role": _avt(check.get("role") or rule.get("role") or "error"),
             "id": _avt(check.get("id", "")),
             "location": "{path()}",
             "test": _avt(test)})
        fires = f"not({test})" if etree.QName(check).localname == "assert" else test
        return x("if", x.variable(*message, name="schematron-message"), failure,
                 test=fires, **self._src(check))

    def message(self, node) -> list[etree._Element]:
        """Message content: text, sch:name, sch:value-of; other markup counts as its text."""
        x = self.x
        parts = [x.text(node.text)] if node.text else []
        for child in node:
            if not isinstance(child.tag, str):
                pass  # comment or processing instruction
            elif child.tag == f"{{{SCH}}}name":
                parts.append(x("value-of", select=f"name({child.get('path', '.')})", **self._src(child)))
            elif child.tag == f"{{{SCH}}}value-of":
                parts.append(x("value-of", select=self._need(child, "select"), **self._src(child)))
            else:
                parts += self.message(child)
            if child.tail:
                parts.append(x.text(child.tail))
        return parts


def _visited(contexts: list[str], prefixes: set[str]) -> str:
    """The nodes a pattern's mode is given. Where every rule context is a union of plain
    paths of named elements ('tei:persName[@ref] | tei:body//tei:orgName'), only the elements
    of the names they end in; else the root and every element, and every node where a
    context has a node test, and every attribute unless each context is a path of element
    steps only ('tei:*[@cert]'). (Pushing every node of every file through each of ten
    patterns was most of the time of validation; a node no rule matches is skipped by the
    mode anyway.) A name whose prefix ``prefixes`` does not declare is left to its rule,
    whose line the error then names."""
    alternatives = [part.strip() for context in contexts for part in _outer_steps(context).split("|")]
    names = set()
    for alternative in alternatives:
        found = _NAMED_PATH.fullmatch(alternative)
        last = found and found.group("last")
        if not last or (":" in last and last.partition(":")[0] not in prefixes):
            break
        names.add(last)
    else:
        if names:
            return "//(" + " | ".join(sorted(names)) + ")"
    kinds = "node()" if any(_NON_ELEMENT_KIND.search(context) for context in contexts) else "*"
    elements = all(_ELEMENT_PATH.fullmatch(alternative) for alternative in alternatives)
    return f"/ | //{kinds}" + ("" if elements else " | //@*")


def _outer_steps(pattern: str) -> str:
    """A match pattern without its predicates and string literals: what is left names the
    kinds of node it matches ('tei:*[@cert]' matches elements, 'tei:date/@when' attributes)."""
    out, depth, quote = [], 0, None
    for char in pattern:
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def compile_schematron(sch_path: str | Path) -> bytes:
    """Compile an ISO Schematron file to the source of an XSLT 3.0 stylesheet (UTF-8)."""
    sheet = _Compiler(Path(sch_path)).stylesheet()
    return etree.tostring(sheet, pretty_print=True, xml_declaration=True, encoding="UTF-8")


def _schema_line(xslt: bytes, saxon_message: str) -> int | None:
    """The .sch line behind the generated-XSLT line that a Saxon error names."""
    m = re.search(r"xsl:[\w-]+(?:/@[\w-]+)? on line (\d+)", saxon_message)
    if not m:
        return None
    culprit = None
    for el in etree.fromstring(xslt).iter(etree.Element):
        if el.sourceline > int(m.group(1)):
            break
        culprit = el
    while culprit is not None and culprit.get(SRC_LINE) is None:
        culprit = culprit.getparent()
    return None if culprit is None else int(culprit.get(SRC_LINE))


def _clean(saxon_message: str) -> str:
    """Saxon's message without the location in the generated XSLT (meaningless to the user)."""
    text = re.sub(r" on line \d+ column \d+ of \S*:", ":", str(saxon_message))
    return " ".join(text.split())


def _line(tree: etree._ElementTree, location: str, children: dict | None = None) -> int:
    """Line of the element a Saxon path() points to (an attribute's or text's parent element).
    ``children``: the children by tag of the elements met before, by their path (many findings
    in one large file, say a CMIF file of 10,000 letters: each one walked all the letters)."""
    node = tree.getroot()
    children = {} if children is None else children
    where = ""
    for step in list(_STEP.finditer(location))[1:]:  # step 1 is the root element
        attr, uri, local, index = step.groups()
        if attr or uri is None:  # attribute, text(), comment() ...: stay on the element
            break
        tag = f"{{{uri}}}{local}" if uri else local
        matches = children.get((where, tag))
        if matches is None:
            matches = children[where, tag] = [c for c in node if c.tag == tag]
        if len(matches) < int(index or 1):
            break
        node = matches[int(index or 1) - 1]
        where = f"{where}/{tag}[{index or 1}]"
    return node.sourceline or 1


class Schematron:
    """A Schematron schema compiled once; ``validate`` can then run it on many files.

    Not thread-safe (a Saxon executable is not); use one instance per thread.
    """

    def __init__(self, sch_path: str | Path):
        self.path = Path(sch_path)
        self.xslt = compile_schematron(self.path)
        try:
            self._executable = processor().new_xslt30_processor().compile_stylesheet(
                stylesheet_text=self.xslt.decode("utf-8"))
        except PySaxonApiError as e:
            raise SchematronError(f"{self._where(e)}: Schematron does not compile: {_clean(e)}") from None

    def set_strings(self, name: str, values: list[str]) -> None:
        """Hand every run the global parameter ``name`` as a sequence of strings."""
        sequence = PyXdmValue(processor())
        for value in values:
            sequence.add_xdm_item(processor().make_string_value(value))
        self._executable.set_parameter(name, sequence)
        self._strings = sequence  # Saxon holds no Python reference

    def preload(self, name: str, paths: list[Path]) -> None:
        """Parse files once and hand them to every run as the global parameter ``name``.

        A Saxon run reads a doc() afresh each time; a schema that consults the same
        registers for hundreds of letters declares ``<let name="…" value="()"/>`` at schema
        level and finds them here instead, so validation stays linear.
        """
        builder = processor().new_document_builder()
        value = PyXdmValue(processor())
        nodes = []
        for path in paths:
            try:
                nodes.append(builder.parse_xml(xml_file_name=str(Path(path).resolve())))
            except PySaxonApiError:
                continue  # a broken file is reported when it is validated itself
            value.add_xdm_item(nodes[-1])
        self._executable.set_parameter(name, value)
        # Saxon holds no Python references: keep the objects alive as long as the parameter.
        self._preloaded = (builder, nodes, value)

    def _where(self, error: PySaxonApiError) -> str:
        """'schema.sch:LINE' for the rule, assert or let that a Saxon error comes from."""
        line = _schema_line(self.xslt, str(error))
        return f"{self.path}:{line}" if line else str(self.path)

    def validate(self, path: str | Path) -> list[Finding]:
        """Validate an XML file. Saxon reads it by path, so base-uri(), doc() and
        resolve-uri() in the rules work relative to the file."""
        path = Path(path)
        if not path.is_file():  # checked here: Saxon would also print a stack to stderr
            raise SchematronError(f"{path}: no such file")
        try:
            report = self._executable.transform_to_string(source_file=str(path.resolve()))
        except PySaxonApiError as e:
            raise SchematronError(f"{path}: validation failed ({self._where(e)}): {_clean(e)}") from None
        return self._findings(report, str(path), lambda: etree.parse(str(path)))

    def validate_many(self, paths: list[Path]) -> dict[Path, list[Finding]]:
        """Validate many files, MANY to a Saxon run (the per-call cost is paid once a batch):
        path → findings. A file Saxon cannot read raises SchematronError naming it (a batch
        that fails is halved until the file is found)."""
        paths = [Path(p) for p in paths]
        if len(paths) > MANY:
            results: dict[Path, list[Finding]] = {}
            for start in range(0, len(paths), MANY):
                results.update(self.validate_many(paths[start:start + MANY]))
            return results
        if not paths:
            return {}
        uris = {p.resolve().as_uri(): p for p in paths}
        value = PyXdmValue(processor())
        for uri in uris:
            value.add_xdm_item(processor().make_string_value(uri))
        self._executable.set_parameter("schematron-files", value)
        try:
            report = self._executable.call_template_returning_string("schematron-batch")
        except PySaxonApiError as e:
            if len(paths) == 1:
                raise SchematronError(f"{paths[0]}: validation failed ({self._where(e)}): {_clean(e)}") from None
            half = len(paths) // 2  # find the file that stops the run; the others still get checked
            return {**self.validate_many(paths[:half]), **self.validate_many(paths[half:])}
        results: dict[Path, list[Finding]] = {p: [] for p in paths}
        for file in etree.fromstring(report.encode("utf-8")) if report else []:
            path = uris.get(file.get("uri"))
            failures = file[0] if len(file) else []
            if path is not None and len(failures):
                results[path] = self._findings(etree.tostring(failures, encoding="unicode"), str(path),
                                               lambda path=path: etree.parse(str(path), _LINES))
        return results

    def validate_string(self, xml: str, base_uri: str | None = None, file: str = "<string>") -> list[Finding]:
        """Validate XML text; ``base_uri`` (e.g. a file URI) anchors relative doc() calls."""
        builder = processor().new_document_builder()
        if base_uri:
            builder.set_base_uri(base_uri)
        try:
            node = builder.parse_xml(xml_text=xml)
            report = self._executable.transform_to_string(xdm_node=node)
        except PySaxonApiError as e:
            raise SchematronError(f"{file}: validation failed ({self._where(e)}): {_clean(e)}") from None
        parser = etree.XMLParser(encoding="utf-8")
        return self._findings(report, file, lambda: etree.ElementTree(etree.fromstring(xml.encode(), parser)))

    @staticmethod
    def _findings(report: str | None, file: str, parse) -> list[Finding]:
        failures = etree.fromstring(report.encode("utf-8")) if report else []
        tree = parse() if len(failures) else None  # only re-parse when there is a line to find
        children: dict = {}  # shared by the findings' look-ups (see _line)
        findings = [
            Finding(file=file, line=_line(tree, f.get("location"), children), column=1, role=f.get("role"),
                    message=f.text or "", location=f.get("location"), pattern=f.get("pattern"),
                    id=f.get("id"))
            for f in failures]
        return sorted(findings, key=lambda f: f.line)  # stable: pattern order within a line

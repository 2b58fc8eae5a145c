"""TEI → HTML, CSV and CMIF by XSLT 3.0 (``xslt/``), run with Saxon-HE (saxonche).

Python only drives Saxon: which stylesheet, which parameters, where the files go. All
reading of the TEI happens in the stylesheets (``xslt/common.xsl`` documents the parameters).

    html(tei_dir, out_dir, settings)    -> out_dir/index.html, <id>.html, tei/<id>.xml,
                                           persons.html, places.html, orgs.html,
                                           persons/<id>.html …, network.html,
                                           corresp.css, corresp.js, search-index.js
    csv(tei_dir, out_path, settings)    -> one CSV file (RFC 4180, UTF-8, CRLF)
    cmif(tei_dir, out_path, settings)   -> one CMIF v1.1 file

``settings`` is the flat dict of edition parameters (``Settings.params()``): title, editor,
editor_email, publisher, licence, base_url, source, cmif_url, cmif_bibl_id, cmif_date,
csv_delimiter, csv_bom.

An edition may hold its own ``xslt/html.xsl`` (or ``csv.xsl``, ``cmif.xsl``) that imports
corresp's and overrides what it wants, as profiles do in the TEI Stylesheets::

    <xsl:param name="corresp-xslt" static="yes" as="xs:string"/>
    <xsl:import _href="{$corresp-xslt}html.xsl"/>

``$corresp-xslt`` is the URI of corresp's stylesheet folder, set when the stylesheet is
compiled, so the edition's file works wherever corresp is installed (docs/customising.md).

Each stylesheet is compiled once per process (per ``Stylesheets`` object) and reused. Every
file is written to a temporary name in its destination directory and then moved into place
with ``os.replace``, so a failed or killed run never leaves a half-written file (an HTML
folder is made beside the old one and swapped in whole, or updated page by page: see
``publish.Publisher.html``). Saxon errors
become ``TransformError`` naming the stylesheet.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from functools import cache
from pathlib import Path
from typing import Mapping

from saxonche import PySaxonApiError, PyXdmValue

from .resources import XSLT as XSLT_DIR
from .saxon import processor

#: The static parameter that tells an edition's stylesheet where corresp's own are.
IMPORT_PARAMETER = "corresp-xslt"

#: The name of the per-letter fragments stylesheet (made by Stylesheets.fragments_module).
FRAGMENTS = "fragments"
#: The outputs whose pieces the fragments hold, the HTML first: its module gives each
#: fragment its id and place (see fragments.xsl).
_PIECES_OF = ("html", "csv", "cmif")


def _is_fragments(name: str) -> bool:
    return name == FRAGMENTS or name.startswith(f"{FRAGMENTS}:")


def _outputs_of(name: str) -> list[str]:
    """The outputs a fragments stylesheet (see Stylesheets.fragment_groups) makes the pieces
    of; FRAGMENTS: all, compiled in this order (html.xsl last: its copy of common.xsl, the
    same as the others', gives the fragments their ids and places)."""
    return name.partition(":")[2].split() or ["csv", "cmif", "html"]

# The stylesheet of each stage (relative to XSLT_DIR).
STAGES = {"html": "html.xsl", "csv": "csv.xsl", "cmif": "cmif.xsl"}

# Every edition parameter the stylesheets declare (xslt/common.xsl). Unknown keys in
# ``settings`` are ignored; missing ones are passed as empty strings.
PARAMETERS = (
    "title", "editor", "editor_email", "publisher", "licence", "base_url", "source",
    "cmif_url", "cmif_bibl_id", "cmif_date", "csv_delimiter", "csv_bom",
)


class TransformError(Exception):
    """A stylesheet could not be compiled or failed while running."""

    def __init__(self, stylesheet: str, message: str):
        self.stylesheet = stylesheet
        self.message = message.strip()
        super().__init__(f"{stylesheet}: {self.message}")

    def __reduce__(self):  # raised in a worker process, it reaches this one as itself
        return type(self), (self.stylesheet, self.message)


def dir_uri(path: str | os.PathLike) -> str:
    """The file URI of a directory, with the trailing slash Saxon needs to resolve below it."""
    return Path(path).resolve().as_uri().rstrip("/") + "/"


def _saxon_error(obj) -> str | None:
    """The pending error of a saxonche object, for versions that report errors by state
    (``exception_occurred``/``error_message``) rather than by raising."""
    occurred = getattr(obj, "exception_occurred", False)
    if callable(occurred):
        occurred = occurred()
    if not occurred:
        return None
    message = getattr(obj, "error_message", None)
    if callable(message):
        message = message()
    clear = getattr(obj, "exception_clear", None)
    if callable(clear):
        clear()
    return str(message or "unknown Saxon error")


def new_staging(out: Path) -> Path:
    """An empty folder beside ``out`` (same file system), with the umask's permissions, where
    a new ``out`` is made before ``swap_in`` puts it in place."""
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    os.chmod(staging, 0o777 & ~_umask())
    return staging


def swap_in(staging: Path, out: Path) -> None:
    """Replace ``out`` by ``staging`` whole: readers see the old folder or the new one."""
    old = out.parent / f".{out.name}.old-{staging.name.rsplit('-', 1)[1]}"
    if out.exists():
        os.replace(out, old)
    os.replace(staging, out)
    shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_path(directory: Path, name: str) -> Path:
    """An empty temporary file next to the destination (same file system, so os.replace is
    atomic), with the permissions a normally created file would get (mkstemp uses 0600)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())
    return Path(tmp)


def _remove_leftovers(out: Path, inside: bool = True) -> None:
    """Staging and old folders (and files) of runs killed before they could clean up;
    ``inside``: also those of earlier versions inside ``out``."""
    for pattern in (f".{out.name}.staging-*", f".{out.name}.old-*"):
        for leftover in out.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)
    if inside and out.is_dir():  # where earlier versions of corresp staged (no glob: it lists 100,000 pages first)
        with os.scandir(out) as entries:
            leftovers = [entry.path for entry in entries if entry.name.startswith(".staging-")]
        for leftover in leftovers:
            shutil.rmtree(leftover, ignore_errors=True)


def _merged_fragments(groups: list[str], results: list[str]) -> str:
    """One c:fragments of the results of fragment_groups: each letter's c:fragment of the
    first (the HTML's: its id and place) with the pieces of the others' added."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    roots = [etree.fromstring(result.encode("utf-8"), parser) for result in results]
    each = [root.findall("{urn:corresp}fragment") for root in roots]
    if any(len(fragments) != len(each[0]) for fragments in each):
        raise TransformError(FRAGMENTS, "the stylesheets of the pieces gave different numbers of letters: "
                                        + ", ".join(f"{group}: {len(f)}" for group, f in zip(groups, each)))
    for fragment, *others in zip(*each):
        for other in others:
            fragment.extend(list(other))
    return etree.tostring(roots[0], encoding="unicode")


class Stylesheets:
    """The compiled stylesheets of one run. Compiling is the slow part, so each stylesheet
    is compiled on first use and reused for every later call. Runs are serialised with a
    lock: a compiled stylesheet carries its parameters, so two runs must not interleave."""

    def __init__(self, xslt_dir: str | os.PathLike = XSLT_DIR, edition_xslt: str | os.PathLike | None = None):
        self.xslt_dir = Path(xslt_dir).resolve()
        # The edition's own stylesheets, used instead of ours where it has one of the same name.
        self.edition_xslt = Path(edition_xslt).resolve() if edition_xslt else None
        self._compiled: dict[str, object] = {}
        self._lock = threading.RLock()
        # xsl:message output of the last run, in order (warnings the stylesheets give).
        self.messages: list[str] = []

    # -- compiling ------------------------------------------------------------------------

    def executable(self, name: str):
        """The compiled stylesheet ``name`` (a file in xslt_dir), compiled once."""
        with self._lock:
            if name not in self._compiled:
                path = self.fragments_module(name) if _is_fragments(name) else self.source(name)
                if not path.is_file():
                    raise TransformError(name, f"stylesheet not found: {path}")
                compiler = processor().new_xslt30_processor()
                compiler.set_parameter(IMPORT_PARAMETER, processor().make_string_value(dir_uri(self.xslt_dir)))
                try:
                    executable = compiler.compile_stylesheet(stylesheet_file=str(path))
                except PySaxonApiError as err:
                    if _is_fragments(name):  # name the edition's (or our) stylesheet that is at fault
                        for output in _outputs_of(name):
                            self.executable(f"{output}.xsl")
                    raise TransformError(str(path), f"does not compile:\n{err}") from None
                error = _saxon_error(compiler)
                if error or executable is None:
                    raise TransformError(name, f"does not compile:\n{error or 'no stylesheet returned'}")
                self._compiled[name] = executable
            return self._compiled[name]

    def fragment_groups(self) -> list[str]:
        """The stylesheets that make the fragments (names for ``executable``), one per group of
        outputs compiled together: the outputs with corresp's stylesheets in one, each output
        with a stylesheet of the edition's own in one of its own (an xsl:import outranks all
        the modules imported before it: compiled together, the last output's copy of
        common.xsl would win over what the others' override). The HTML's group first."""
        own = [out for out in _PIECES_OF if self.source(f"{out}.xsl") != self.xslt_dir / f"{out}.xsl"]
        if not own:
            return [FRAGMENTS]
        groups = [[out] for out in own] + [[out for out in _PIECES_OF if out not in own]]
        groups = sorted((group for group in groups if group), key=lambda group: _PIECES_OF.index(group[0]))
        return [f"{FRAGMENTS}:{' '.join(group)}" for group in groups]

    def fragments_module(self, name: str = FRAGMENTS) -> Path:
        """The stylesheet ``name`` (see fragment_groups) that makes the pieces of its outputs
        (of all: FRAGMENTS): xslt/fragments.xsl over their stylesheets (the edition's own
        where it has them) and their modules of pieces (fragments-*.xsl). Written next to
        the edition's cache: a file, so that Saxon's messages name it."""
        outputs = _outputs_of(name)
        # fragments.xsl last: its xsl:output (XML) must win over those of the others.
        modules = [*(self.source(f"{out}.xsl") for out in outputs),
                   *(self.xslt_dir / f"fragments-{out}.xsl" for out in outputs), self.xslt_dir / "fragments.xsl"]
        text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                "<!-- Made by corresp (pipeline/transform.py): the fragments stage of this edition. -->\n"
                '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n'
                + "".join(f'  <xsl:import href="{m.resolve().as_uri()}"/>\n' for m in modules)
                + "</xsl:stylesheet>\n")
        folder = Path(tempfile.gettempdir()) / f"corresp-{os.getuid() if hasattr(os, 'getuid') else 0}"
        folder.mkdir(exist_ok=True)
        path = folder / f"fragments-{hashlib.sha256(text.encode()).hexdigest()[:16]}.xsl"
        if not path.exists():
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(text, "utf-8")
            os.replace(tmp, path)
        return path

    def source(self, name: str) -> Path:
        """The file stylesheet ``name`` is compiled from: the edition's, else corresp's."""
        own = self.edition_xslt / name if self.edition_xslt else None
        return own if own is not None and own.is_file() else self.xslt_dir / name

    # -- running --------------------------------------------------------------------------

    def _prepare(self, name: str, tei_dir: str | os.PathLike, settings: Mapping[str, object]):
        tei = Path(tei_dir)
        if not (tei / "letters").is_dir():
            raise TransformError(name, f"{tei}: no letters/ directory")
        executable = self.executable(name)
        proc = processor()
        executable.clear_parameters()
        executable.set_parameter("tei-dir", proc.make_string_value(dir_uri(tei)))
        for key in PARAMETERS:
            value = settings.get(key, "")
            executable.set_parameter(key, proc.make_string_value("" if value is None else str(value)))
        executable.set_save_xsl_message(True)
        executable.clear_xsl_messages()
        return executable

    def _collect_messages(self, executable) -> None:
        messages = executable.get_xsl_messages()
        self.messages = [getattr(item, "string_value", None) or str(item) for item in messages] \
            if messages is not None else []
        executable.clear_xsl_messages()

    def _fail(self, name: str, executable, error: object) -> TransformError:
        self._collect_messages(executable)
        # A terminating xsl:message has its text only among the messages: add it.
        detail = str(error).strip()
        if self.messages:
            detail += "\n" + self.messages[-1]
        return TransformError(name, detail)

    def _call(self, name: str, executable, call) -> None:
        """Run one call on a prepared stylesheet; Saxon's errors become a TransformError."""
        try:
            call()
        except PySaxonApiError as err:
            raise self._fail(name, executable, err) from None
        error = _saxon_error(executable)
        if error:
            raise self._fail(name, executable, error)
        self._collect_messages(executable)

    def run(self, name: str, tei_dir, settings: Mapping[str, object], template: str,
            extra: Mapping[str, str | list[str]] | None = None, output_dir: Path | None = None) -> str:
        """Call ``template`` of stylesheet ``name`` and return its principal result; its
        result documents go below ``output_dir``. ``extra``: more stylesheet parameters
        (a list becomes a sequence of strings). FRAGMENTS runs each of fragment_groups
        and puts each letter's pieces together."""
        groups = self.fragment_groups() if name == FRAGMENTS else [name]
        if groups != [name]:
            with self._lock:
                results, messages = [], []
                for group in groups:
                    results.append(self.run(group, tei_dir, settings, template, extra, output_dir))
                    messages += self.messages
                self.messages = messages
                return _merged_fragments(groups, results)
        with self._lock:
            executable = self._prepare(name, tei_dir, settings)
            proc = processor()
            for key, value in (extra or {}).items():
                if isinstance(value, list):
                    sequence = PyXdmValue(proc)
                    for item in value:
                        sequence.add_xdm_item(proc.make_string_value(item))
                    executable.set_parameter(key, sequence)
                else:
                    executable.set_parameter(key, proc.make_string_value(value))
            if output_dir is not None:
                executable.set_base_output_uri(dir_uri(output_dir))
            result: list[str | None] = []
            self._call(name, executable, lambda: result.append(executable.call_template_returning_string(template)))
            return result[0] or ""

    def to_file(self, name: str, tei_dir, out_path, settings: Mapping[str, object]) -> Path:
        """Run stylesheet ``name`` and write its principal result to ``out_path``."""
        out = Path(out_path).resolve()
        out.parent.mkdir(parents=True, exist_ok=True)
        for leftover in out.parent.glob(f".{out.name}.*.tmp"):  # of a run that was killed
            leftover.unlink(missing_ok=True)
        with self._lock:
            executable = self._prepare(name, tei_dir, settings)
            tmp = _temp_path(out.parent, out.name)
            try:
                executable.set_base_output_uri(out.as_uri())
                self._call(name, executable, lambda: executable.call_template_returning_file(output_file=str(tmp)))
                os.replace(tmp, out)
            finally:
                tmp.unlink(missing_ok=True)
        return out

    def to_directory(self, name: str, tei_dir, out_dir, settings: Mapping[str, object]) -> list[Path]:
        """Run stylesheet ``name``, whose results are xsl:result-documents relative to the
        base output URI, into ``out_dir``.

        The whole folder is made beside it (``.html.staging-*``) and swapped in only when the
        run succeeded: readers and a killed run never see a mix of old and new pages.
        Leftovers of a run killed earlier are removed first.
        """
        out = Path(out_dir).resolve()
        out.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(out)
        with self._lock:
            executable = self._prepare(name, tei_dir, settings)
            staging = new_staging(out)
            try:
                executable.set_base_output_uri(dir_uri(staging))
                self._call(name, executable, executable.call_template_returning_string)
                swap_in(staging, out)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        return sorted(p for p in out.rglob("*") if p.is_file())

    # -- the three stages -----------------------------------------------------------------

    def html(self, tei_dir, out_dir, settings: Mapping[str, object]) -> list[Path]:
        return self.to_directory(STAGES["html"], tei_dir, out_dir, settings)

    def csv(self, tei_dir, out_path, settings: Mapping[str, object]) -> Path:
        return self.to_file(STAGES["csv"], tei_dir, out_path, settings)

    def cmif(self, tei_dir, out_path, settings: Mapping[str, object]) -> Path:
        return self.to_file(STAGES["cmif"], tei_dir, out_path, settings)


@cache
def stylesheets(edition_xslt: Path | None = None) -> Stylesheets:
    """The process-wide ``Stylesheets`` of an edition (compiled on first use, then shared)."""
    return Stylesheets(edition_xslt=edition_xslt)


def _publisher(tei_dir, out_path, settings, edition_xslt, jobs):
    from .publish import Publisher

    return Publisher(Path(tei_dir), Path(out_path).resolve().parent, {k: str(v) for k, v in settings.items()},
                     edition_xslt, jobs)


def html(tei_dir, out_dir, settings: Mapping[str, object], edition_xslt: Path | None = None,
         jobs: int | None = None) -> bool:
    """Write (or bring up to date) the HTML edition of ``tei_dir`` in ``out_dir``; False when
    nothing had to change (pipeline/publish.py)."""
    with _publisher(tei_dir, out_dir, settings, edition_xslt, jobs) as publisher:
        return publisher.html(Path(out_dir).resolve())


def csv(tei_dir, out_path, settings: Mapping[str, object], edition_xslt: Path | None = None,
        jobs: int | None = None) -> Path:
    """Write the CSV table of all documents to ``out_path``."""
    with _publisher(tei_dir, out_path, settings, edition_xslt, jobs) as publisher:
        publisher.csv(Path(out_path).resolve())
    return Path(out_path).resolve()


def cmif(tei_dir, out_path, settings: Mapping[str, object], edition_xslt: Path | None = None,
         jobs: int | None = None) -> Path:
    """Write the CMIF file (letters with a sender or a recipient) to ``out_path``; what it
    reports about the letters is then ``stylesheets(edition_xslt).messages``."""
    with _publisher(tei_dir, out_path, settings, edition_xslt, jobs) as publisher:
        _, report, _ = publisher.cmif(Path(out_path).resolve())
    stylesheets(edition_xslt).messages = report
    return Path(out_path).resolve()

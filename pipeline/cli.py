"""The ``corresp`` command: one sub-command per stage, ``build`` for all of them.

Errors the user can fix (bad settings, unreadable input, invalid TEI) are reported as
``file:line: message`` with a non-zero exit status, never as a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import signal
import sqlite3
import threading
from pathlib import Path

import click

from . import settings as settings_mod
from .names import AuthorityError
from .layouts import BUILT_IN as BUILT_IN_LAYOUTS
from .register import RegisterError


class Failure(click.ClickException):
    """A message for the user and exit status 1."""

    def show(self, file=None) -> None:
        click.echo(f"corresp: {self.format_message()}", err=True)


def _settings(ctx: click.Context) -> settings_mod.Settings:
    root = ctx.obj["root"]
    if root is None:
        here = Path.cwd()
        raise Failure(f"{here}: no {settings_mod.FILE} here or in any folder above; run corresp inside an "
                      "edition, pass --edition DIR, or start one with `corresp init DIR`")
    try:
        return settings_mod.load(root)
    except settings_mod.SettingsError as err:
        raise Failure(str(err)) from None


# What the world did (errno → what it means and what to do); nothing is lost in any of these,
# since every file is replaced whole or not at all and the next run carries on.
_WORLD = {
    errno.EACCES: "permission denied: check who may read and write this folder",
    errno.EPERM: "not permitted: check who may read and write this folder",
    errno.EROFS: "the file system is read-only: run corresp on a copy of the edition that can be written",
    errno.ENOSPC: "the disk is full: free some space and run again",
    errno.EDQUOT: "the disk quota is used up: free some space and run again",
    errno.ENAMETOOLONG: "the name is too long for the file system",
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "a file stands where a folder should be",
    errno.EISDIR: "a folder stands where a file should be",
}


# What SQLite says when the world is at fault (words of its message, a pattern) for the caches it
# keeps: what it means and what to do.
_CACHE_FAULTS = (
    ("readonly", "it cannot be written (a read-only folder or file system): run corresp on a copy of "
                 "the edition that can be written"),
    ("unable to open", "it cannot be opened: check who may read and write output/.cache/ and tei/"),
    ("disk is full", "the disk is full: free some space and run again"),
    ("disk i/o error", "the disk reported an error reading or writing it: check the disk, and run again"),
    ("malformed|not a database", "it is damaged: delete output/.cache/ and tei/.corresp-titles.sqlite "
                                 "(corresp makes them again) and run again"),
    ("locked", "another program holds it: wait for it to end (or end it), and run again"),
)


def world_fault(err: OSError) -> str:
    """One line for an OSError: which file, what happened, what to do."""
    where = err.filename or "corresp"
    try:
        where = Path(where).resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError, TypeError):
        pass
    what = _WORLD.get(err.errno, err.strerror or str(err))
    return f"{where}: {what} (nothing was lost: files are replaced whole or not at all)"


_interrupted: list[bool] = []  # Ctrl-C came (its workers, which get it too, may end first)


def _on_interrupt(signum, frame) -> None:
    _interrupted.append(True)
    raise KeyboardInterrupt


class Guarded(click.Group):
    """Any unexpected error still ends in one clear line (CORRESP_DEBUG=1 shows the traceback)."""

    def invoke(self, ctx: click.Context):
        from concurrent.futures import BrokenExecutor

        from .store import StoreError

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, _on_interrupt)
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # Ctrl-C: the shell's status for it, and what it left
            raise _interruption() from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except StoreError as err:
            raise Failure(str(err)) from None
        except BrokenExecutor as err:  # a worker killed: most often by the system, out of memory
            if _interrupted:  # (or by the Ctrl-C the whole process group got, before this process saw it)
                raise _interruption() from None
            if os.environ.get("CORRESP_DEBUG"):
                raise
            raise Failure(f"a process of this run ended abruptly ({err}): it was killed, most often by the "
                          "system when memory ran out (see `dmesg`); nothing was lost: files are replaced whole "
                          "or not at all. Run again with fewer --jobs or more memory; if it happens again, run "
                          "with CORRESP_DEBUG=1 and report the output.") from None
        except OSError as err:  # the world's fault (permissions, disk, paths), never ours to hide
            if os.environ.get("CORRESP_DEBUG"):
                raise
            raise Failure(world_fault(err)) from None
        except Exception as err:  # noqa: BLE001 - the last line of defence for the user
            if os.environ.get("CORRESP_DEBUG"):
                raise
            # a cache (output/.cache/, tei/.corresp-titles.sqlite) the world keeps from being used
            what = next((what for words, what in _CACHE_FAULTS if re.search(words, str(err).lower())), None) \
                if isinstance(err, sqlite3.DatabaseError) else None
            if what is not None:
                raise Failure(f"a cache file of this edition: {what} (nothing was lost: files are replaced "
                              "whole or not at all)") from None
            raise Failure(f"internal error: {type(err).__name__}: {err}. This is a bug in corresp, "
                          "not in your files; run again with CORRESP_DEBUG=1 and report the output.") from None


def _interruption() -> click.exceptions.Exit:
    click.echo("corresp: interrupted; nothing was lost (files are replaced whole or not at all): "
               "run it again to finish", err=True)
    return click.exceptions.Exit(130)


def _set_verbosity(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        root = ctx.find_root()
        root.ensure_object(dict)
        root.obj["verbosity"] = 1 if param.name == "verbose" else -1
        if param.name == "quiet":
            from .progress import quiet

            quiet(True)


def verbosity_options(f):
    """-v/--verbose and -q/--quiet, on the group (``corresp -q build``) and on each command
    (``corresp build -q``) alike."""
    f = click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_verbosity,
                     help="Print only errors and the final summary; no progress.")(f)
    return click.option("-v", "--verbose", is_flag=True, expose_value=False, callback=_set_verbosity,
                        help="List every detail (each file written, each line not used), not a summary.")(f)


def _verbosity(ctx: click.Context) -> int:
    """1 with -v, -1 with -q, else 0."""
    return (ctx.find_root().obj or {}).get("verbosity", 0)


def _capped(ctx: click.Context, lines: list[str], more: str, indent: str = "") -> list[str]:
    """The first 20 lines and how many more there are; all of them with -v."""
    from .report import LIMIT, capped

    return capped(lines, None if _verbosity(ctx) > 0 else LIMIT, more, indent)


@click.group(cls=Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--edition", "-e", "edition", type=click.Path(file_okay=False, path_type=Path),
              help="The edition's folder (holds edition.toml, raw/, tei/). Default: the current "
                   "folder or the nearest one above it with an edition.toml.")
@click.option("--root", "edition", type=click.Path(file_okay=False, path_type=Path), hidden=True)
@click.version_option(package_name="corresp")
@verbosity_options
@click.pass_context
def main(ctx: click.Context, edition: Path | None) -> None:
    """Turn plain-text listings of letters into TEI P5, validate it, and publish
    HTML, CSV and CMIF from it.

    \b
    Start an edition, put your listings into its raw/ folder, build:
      corresp init my-edition     a new edition folder (edition.toml, raw/)
      cd my-edition
      corresp build               all stages: tei, validate, html, csv, cmif
    \b
    Or stage by stage:
      corresp tei        raw/*.txt, *.csv → tei/letters/*.xml + tei/register/*.xml
      corresp validate   check tei/ (and output/cmif.xml) against the schemas
      corresp html | csv | cmif   the outputs, in output/
    \b
    Every command sums up what it did; -v lists every detail, -q only errors and totals.
    """
    ctx.ensure_object(dict)
    ctx.obj["root"] = edition.resolve() if edition else settings_mod.find_edition(Path.cwd())


@main.command()
@click.option("--force", is_flag=True, help="Regenerate letters even where they were edited by hand "
              "(each edited version is kept in tei/retired/).")
@click.option("--strict", is_flag=True, help="Exit non-zero if any line or entry was not understood.")
@click.option("--no-validate", is_flag=True, help="Skip validating what was written.")
@click.option("--format", "layout", default="auto", show_default=True, metavar="LAYOUT",
              help="Listing layout: auto (detected per file), one of the built-in layouts ("
                   + ", ".join(layout.name for layout in BUILT_IN_LAYOUTS)
                   + "), or the name of a [[layout]] in edition.toml; docs/layouts.md shows each "
                     "with an example, `corresp explain FILE:LINE` how a line was read.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Build letters on N processes (default: every core; 1: in this process).")
@verbosity_options
@click.pass_context
def tei(ctx: click.Context, force: bool, strict: bool, no_validate: bool, layout: str,
        jobs: int | None = None) -> None:
    """Read raw/*.txt (listings) and raw/*.csv, *.tsv (tables of letters, as csv2cmi
    reads them) and write one TEI letter per entry or row, plus the registers.

    Letters edited by hand since corresp wrote them are kept (and listed); --force
    regenerates them, and keeps each edited version in tei/retired/. Register files are
    merged: what an editor wrote there wins.
    Writes output/report.json, which accounts for every input line.

    When nothing it reads changed since the last run (listings, authority file, gazetteers,
    registers, settings, corresp itself), it says so and writes nothing; a letter edited by
    hand is no reason to run, a deleted one is. Otherwise only letters whose entry or names
    changed are built again.
    """
    from .edition import generate
    from .pool import cores

    settings = _settings(ctx)
    jobs = jobs or ctx.obj.get("jobs") or cores()
    ctx.obj["jobs"] = jobs  # validation after it works with as many
    _layouts(settings, layout)
    if not no_validate and _large(settings) and _LAST_RUN not in ctx.obj:
        # large listings are read in a process of its own (see _tei_apart); a build that
        # reads them does so itself, and one that invokes this passes what it looked at
        with _locked(settings):
            _tei_apart(ctx, settings, force, strict, jobs, layout)
        return
    for key, name in settings.missing_known_files():
        what = f'{key} = "{name}"' if key == "authorities" else f'{key}: "{name}"'
        near = settings.nearest_file(name)  # ("raw/gazeteer.csv": raw/gazetteer.csv would be read as a listing)
        click.echo(f"{settings_mod.FILE}: [input] {what} not found; continuing without it"
                   + (f" (did you mean {near}?)" if near else ""), err=True)
    if not settings.raw_files():
        raise Failure(f"{settings.root}: no input matches {', '.join(settings.raw_patterns())}; "
                      "put the listing(s) in raw/ as .txt files, or tables of letters as .csv or .tsv files")
    with _locked(settings):
        try:
            # in a build, what it found when it looked whether there is anything to read
            result = generate(settings, force=force, layout=layout, jobs=jobs, strict=strict,
                              last=ctx.obj.pop(_LAST_RUN, None))
        except (AuthorityError, RegisterError) as err:
            raise Failure(str(err)) from None
    report = result.report
    if report is None:
        click.echo(f"nothing changed since the last run: {result.last['letters']} letter(s) in tei/letters, "
                   "no TEI written, the letters kept as they are, with any edits of yours (details of that run: "
                   "output/report.json)")
        for name in result.last.get("empty", []) if _verbosity(ctx) >= 0 else []:
            click.echo(f"{name}: no entries found (as at the last run)")  # (said at every run, not once)
        # every TEI file: the letters the last run wrote (edited by hand or not) and any of
        # the editor's own, which the outputs take too
        if not no_validate and not _validate(ctx, settings, None):
            raise Failure("the TEI has validation errors (see above)")
        return
    click.echo(report.summary(_verbosity(ctx)))
    # A listing that yields nothing was not understood at all, however little it says.
    for f in report.files:
        if f.unrecognised and _verbosity(ctx) >= 0:
            click.echo(f"{f.file}: no entries found")
    failed = False
    if not no_validate:  # every TEI file, as above
        failed = not _validate(ctx, settings, None)
    if unread := [f.error for f in report.files if f.error]:  # (said again: -q showed nothing, -v much)
        raise Failure("not read, so none of their entries is in the edition:\n" + "\n".join(f"  {e}" for e in unread))
    if strict and (problems := report.not_understood()):
        raise Failure(f"--strict: {len(problems)} line(s), entries or files not understood:\n  "
                      + "\n  ".join(_capped(ctx, problems, "see output/report.json, or -v")))
    if failed:
        raise Failure("tei/ has validation errors (see above): correct the files named there, then run again")


def _set_jobs(ctx: click.Context, param, value):
    if value is not None:
        ctx.ensure_object(dict)["jobs"] = value
    return value


#: --jobs N: how many processes a stage may use (default: one per core).
jobs_option = click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N", expose_value=False,
                           callback=_set_jobs, is_eager=True,
                           help="Processes to work with (default: one per core of this machine); "
                                "the output is the same whatever the number.")


def _locked(settings: settings_mod.Settings):
    """One corresp at a time changes an edition; a second run waits and says so."""
    from .store import edition_lock

    return edition_lock(settings.root, say=lambda message: click.echo(message, err=True))


def _layouts(settings: settings_mod.Settings, layout: str) -> list:
    """The edition's own layouts; a --format that names no layout is refused before any work."""
    from .layouts import by_name, names
    from .layouts.user import check

    own = check(settings.root / settings_mod.FILE, settings.text, settings.values.get("layout"))
    if layout != "auto" and by_name(layout, own) is None:
        raise Failure(f"--format {layout}: no such layout; choose one of {', '.join(['auto', *names(own)])}")
    return own


@main.command()
@click.argument("where", metavar="FILE:LINE")
@click.option("--format", "layout", default="auto", show_default=True, metavar="LAYOUT",
              help="Read the file with this layout, as `corresp tei --format` would.")
@click.pass_context
def explain(ctx: click.Context, where: str, layout: str) -> None:
    """Say how one line of a listing was read: the layout, the entry and its fields, the
    title shape that read its parties, or why the line is not an entry.

    \b
    FILE is the listing (as given, or under the edition's folder or raw/), LINE its line
    number, as the run report names it:  corresp explain raw/letters.txt:12
    """
    from .explain import explain as explain_line

    settings = _settings(ctx)
    own = _layouts(settings, layout)
    name, _, number = where.rpartition(":")
    if not name or not number.strip().lstrip("-").isdigit():
        raise Failure(f"{where}: give the file and the line number as FILE:LINE, e.g. raw/letters.txt:12")
    candidates = [Path(name), settings.root / name, settings.root / "raw" / name]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        raise Failure(f"{name}: no such file (looked in the current folder, {settings.root} and its raw/)")
    from .titles import vocabulary

    from .explain import ExplainError

    with vocabulary(**settings.vocabulary()):
        try:
            click.echo(explain_line(path, int(number), layout, own, settings.values["edition"].get("writer"),
                                    settings.values["edition"].get("day_first") or None, settings.delimiter))
        except ExplainError as err:
            raise Failure(str(err)) from None


def _progress_of(label: str):
    """progress(items, label, total) for library calls: a count and the time left on a
    terminal, else nothing (pipeline/progress.py)."""
    from .progress import progress

    def run(items, _label=label, total=None):
        return progress(items, _label, total)
    return run


def _validate(ctx: click.Context, settings: settings_mod.Settings, paths: list[Path | str] | None,
              apart: bool = False) -> bool:
    """Validate, print the findings (the first 20 without -v; only errors with -q) and a total.
    ``paths`` None: every TEI file. ``apart``: in a process of its own, which gives back all it
    held when it ends (at 100,000 letters what a check leaves behind in this process would sit
    beside the processes that make the site: ~120 MB)."""
    import concurrent.futures
    import multiprocessing

    from .pool import die_with_parent

    jobs = (ctx.find_root().obj or {}).get("jobs") or os.cpu_count() or 1
    if apart:  # (it writes the cache of findings: it must not outlive this run)
        with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                    initializer=die_with_parent) as apart:
            findings, count = apart.submit(_findings, settings, None, jobs, _verbosity(ctx) < 0).result()
    else:
        root = ctx.find_root().obj or {}
        spare = root.pop(_SPARE_CHECK, None)  # started by the build

        def idle() -> None:  # many letters to check: the build's process to read a few is not needed
            kept = root.pop(_SPARE, None)  # (~120 MB at 100,000 letters beside the checking processes)
            if kept is not None:
                kept.shutdown()
        try:
            findings, count = _findings(settings, paths, jobs, spare=spare, idle=idle)
        finally:
            if spare is not None:  # used or not, its memory is given back now
                spare.shutdown()
    shown = [text for text, error in findings if error or _verbosity(ctx) >= 0]
    for line in _capped(ctx, shown, "-v lists them all"):
        click.echo(line)
    errors = sum(1 for _, error in findings if error)
    click.echo(f"validated {count} file(s): {errors} error(s), {len(findings) - errors} warning(s)")
    return errors == 0


def _findings(settings: settings_mod.Settings, paths: list[Path | str] | None, jobs: int, quiet: bool = False,
              spare=None, idle=None) -> tuple[list[tuple[str, bool]], int]:
    """Each finding as it is shown, and whether it is an error; how many files were checked
    (``paths`` None: every TEI file). ``quiet``: no progress (a process of its own).
    ``spare``: see validate.spare_process; ``idle``: see Validator.validate."""
    from .validate import Validator

    if quiet:
        from .progress import quiet as no_progress

        no_progress(True)
    # Findings are remembered per file (output/.cache): a file that did not change, nor the
    # register entries it points to, is not checked again.
    cache = settings.output_dir / ".cache" / "corresp.sqlite"
    if paths is None:
        findings, count = Validator(settings.root).validate_edition(
            settings.tei_dir, cache, jobs=jobs, progress=_progress_of("validating"), spare=spare, idle=idle)
    else:
        findings, count = Validator(settings.root).validate(
            paths, cache=cache, jobs=jobs, progress=_progress_of("validating"), spare=spare, idle=idle), len(paths)
    return [(f.format(settings.root), f.is_error) for f in findings], count


@main.command()
@jobs_option
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@verbosity_options
@click.pass_context
def validate(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Check TEI files against schemas/corresp.rng and schemas/corresp.sch.

    Without FILES: every file under tei/ (hand-edited ones included) and
    output/cmif.xml if it exists (checked against the CMIF schema). Prints
    file:line:column: severity: message for each problem; exits 1 on any error.
    """
    from .validate import tei_files

    settings = _settings(ctx)
    paths = [p.resolve() for p in files] or [
        *tei_files(settings.tei_dir),
        *([settings.output_dir / "cmif.xml"] if (settings.output_dir / "cmif.xml").exists() else []),
    ]
    if not paths:
        raise Failure("nothing to validate: run `corresp tei` first")
    if not _validate(ctx, settings, paths):
        raise Failure("validation failed")


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", help="Title of the edition (default: from the folder's name); edit it later in edition.toml.")
def init(directory: Path, title: str | None) -> None:
    """Create a new, empty edition in DIRECTORY: edition.toml, raw/ with an empty authority
    file and gazetteer, and a .gitignore for output/. Never overwrites an edition."""
    from .scaffold import ScaffoldError, create

    try:
        written, kept = create(directory, title)
    except ScaffoldError as err:
        raise Failure(str(err)) from None
    for path in written:
        click.echo(f"wrote {path}")
    for path in kept:
        click.echo(f"kept {path}: it existed already")
    click.echo(f"""
Next:
  1. put your listing(s) into {directory / 'raw'}/ as .txt files (UTF-8), tables of letters as .csv or .tsv
  2. cd {directory} && corresp build
  3. before you publish, fill in editor, publisher and the addresses in {directory / settings_mod.FILE}""")


@main.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--kind", type=click.Choice(["person", "place", "org"]), default="person", show_default=True)
@verbosity_options
@click.pass_context
def accept(ctx: click.Context, names: tuple[str, ...], kind: str) -> None:
    """Add names to a register (e.g. candidates from the run report), then re-run `corresp tei`.

    Each NAME becomes a new entry with that preferred name, unless a register already
    knows it. Edit the entry afterwards to add variants, ids or notes.
    """
    from . import store as st
    from .register import Registers

    settings = _settings(ctx)
    if blank := [n for n in names if not n.strip()]:
        raise Failure(f"{len(blank)} empty name(s) given: give each name as written, e.g. corresp accept \"Ida Berg\"")
    with _locked(settings):  # a `corresp tei` running now finishes first, then this adds to its result
        try:
            registers = Registers(settings.tei_dir / "register")
        except RegisterError as err:
            raise Failure(str(err)) from None
        register = registers[kind]
        candidates = _last_candidates(settings)
        for name in names:
            known = registers.find(name)
            if known:
                click.echo(f"{name!r} is already in the {known.kind} register as {known.id}")
                continue
            if candidates is not None and " ".join(name.split()) not in candidates:
                click.echo(f"{name!r} is not among the names the last run found unmarked (output/report.json): "
                           "added all the same; check its spelling", err=True)
            entity = register.create(" ".join(name.split()), note="Accepted by the editor (corresp accept).")
            click.echo(f"added {kind} {entity.id} ({name}) to {register.path.relative_to(settings.root)}")
        if register.changed:
            try:
                st.write_atomic(register.path, register.merged_bytes())
            except RegisterError as err:
                raise Failure(str(err)) from None


def _last_candidates(settings) -> set[str] | None:
    """The names the last run found unmarked in summaries, or None without its report."""
    try:
        found = json.loads((settings.output_dir / "report.json").read_text("utf-8")).get("candidates", [])
        return {" ".join(str(c.get("name", "")).split()) for c in found}
    except (OSError, ValueError, AttributeError):
        return None


@main.command()
@click.argument("old")
@click.argument("new")
@click.pass_context
def rename(ctx: click.Context, old: str, new: str) -> None:
    """Give the letter OLD the name NEW: its file in tei/letters/ and its xml:id alike.

    After a date corrected in the TEI, say: later runs keep NEW for the letter of its entry,
    where a file renamed by hand would leave corresp to write the letter again under OLD
    (published twice). Renamed by hand already? Run it all the same: it removes the letter
    corresp wrote again under OLD (only if it holds no edit of yours) and keeps yours.
    OLD and NEW are ids or file names (tei/letters/OLD.xml).
    """
    from . import store as st
    from .rename import RenameError, letter_id
    from .rename import rename as rename_letter

    settings = _settings(ctx)
    with _locked(settings):  # a run changes no letter meanwhile
        with st.Store(settings.tei_dir) as store:
            try:
                done = rename_letter(store, letter_id(old), letter_id(new))
            except RenameError as err:
                raise Failure(str(err)) from None
    for line in done:
        click.echo(line)


def _cmif_licence(settings: settings_mod.Settings) -> None:
    """correspSearch would reject the CMIF file: say so before writing it."""
    try:
        settings.check_cmif_licence()
    except settings_mod.SettingsError as err:
        raise Failure(str(err)) from None


def _well_formed(settings: settings_mod.Settings) -> None:
    """Every TEI file must be well-formed data before a stylesheet reads it: Saxon would report
    a broken file as a stack trace, and refuses a DOCTYPE. Name the first with its line.
    Letters are read only when they changed since a run last looked (publish.scan)."""
    from .publish import Cache, _problem, problems

    cache = Cache(settings.output_dir / ".cache" / "corresp.sqlite")
    try:
        found = problems(cache, settings.tei_dir / "letters")
    finally:
        cache.close()
    broken = [f"{Path(path).relative_to(settings.root)}:{problem}" for path, problem in found]
    for path in sorted((settings.tei_dir / "register").glob("*.xml")):
        if problem := _problem(path.read_bytes()):
            broken.append(f"{path.relative_to(settings.root)}:{problem}")
    if broken:
        others = f", and {len(broken) - 1} other file(s)" if len(broken) > 1 else ""
        raise Failure(f"{broken[0]}; fix it{others} (corresp validate lists every problem)")


def _placeholders(settings: settings_mod.Settings, strict: bool) -> None:
    """Name the settings that still hold the template's placeholders, before anything is published."""
    found = settings.placeholders()
    if not found:
        return
    if not strict and _verbosity(click.get_current_context()) < 0:  # -q: one line
        click.echo(f"{settings_mod.FILE} still holds {len(found)} placeholder setting(s) (without -q: which)",
                   err=True)
        return
    click.echo(f"{settings_mod.FILE} still holds placeholders; set these before you publish "
               "(the aggregator would harvest a file that points nowhere):", err=True)
    for line in found:
        click.echo(f"  {line}", err=True)
    if strict:
        raise Failure(f"--strict: {len(found)} placeholder setting(s) in {settings.root / settings_mod.FILE}")


def _transform(ctx: click.Context, stage: str, strict: bool = False, **overrides: str) -> None:
    settings = _settings(ctx)
    if stage == "cmif":
        _cmif_licence(settings)
        _placeholders(settings, strict)
    if not _has_letters(settings.tei_dir / "letters"):
        raise Failure(f"{settings.tei_dir / 'letters'}: no TEI letters; run `corresp tei` first")
    with _locked(settings):
        _well_formed(settings)
        _run_stage(settings, stage, overrides, _verbosity(ctx))


def _has_letters(folder: Path) -> bool:
    """Whether ``folder`` holds a letter file: the first one found will do (a glob lists
    all 100,000 first, a tenth of a second for each output stage)."""
    try:
        with os.scandir(folder) as entries:
            return any(entry.name.endswith(".xml") for entry in entries)
    except (FileNotFoundError, NotADirectoryError):
        return False


def _run_stage(settings: settings_mod.Settings, stage: str, overrides: dict[str, str], verbosity: int = 0) -> None:
    from . import transform
    from .publish import Publisher

    out = settings.output_dir
    params = {**settings.params(), **overrides}
    jobs = click.get_current_context().obj.get("jobs")
    shared = click.get_current_context().find_root().obj.get("publisher")
    try:
        with (contextlib.nullcontext(shared) if shared and not overrides else
              Publisher(settings.tei_dir, out, params, settings.xslt_dir, jobs)) as publisher:
            publisher.progress = _progress_of(stage)
            if stage == "html":
                target = out / "html"
                changed = publisher.html(target)
            elif stage == "csv":
                target = out / "letters.csv"
                changed = publisher.csv(target)
            else:
                target = out / "cmif.xml"
                changed, lines = publisher.cmif_lines(target, limit=1_000_000 if verbosity > 0 else 12)
            shown = target.relative_to(settings.root)
            click.echo(f"wrote {shown}" + ("/ (index.html and the document pages)" if stage == "html" else "")
                       if changed else f"{shown}: up to date (no letter, register or setting changed)")
            if stage == "cmif":
                for line in lines if verbosity >= 0 else lines[:1]:
                    click.echo(line)
    except transform.TransformError as err:
        raise Failure(str(err)) from None


@main.command()
@jobs_option
@verbosity_options
@click.pass_context
def html(ctx: click.Context) -> None:
    """Write the HTML edition to output/html/ (index, one page per document, registers)."""
    _transform(ctx, "html")


@main.command()
@jobs_option
@click.option("--bom/--no-bom", default=None,
              help="Start the file with a UTF-8 byte order mark, so that spreadsheet programs "
                   "read accents right (csv2cmi cannot read such a file). Default: [csv] bom "
                   "in edition.toml, else no.")
@verbosity_options
@click.pass_context
def csv(ctx: click.Context, bom: bool | None) -> None:
    """Write output/letters.csv: one row per document (RFC 4180, UTF-8) in csv2cmi's columns
    (sender, senderID, senderPlace, … addressee …, edition, key, note), then corresp's own.

    \b
    Give it to csv2cmi with the delimiter of several names in one cell:
      csv2cmi output/letters.csv --extra-delimiter "|"

    No cell starts with =, +, - or @: such a cell gets a leading ' (spreadsheets run it
    as a formula otherwise).
    """
    _transform(ctx, "csv", **({} if bom is None else {"csv_bom": "yes" if bom else "no"}))


@main.command()
@jobs_option
@click.option("--check", is_flag=True,
              help="Then check the file against the official CMIF v1.1 schema and rules and "
                   "correspSearch's (they ship with corresp), and explain each failure by letter.")
@click.option("--strict", is_flag=True, help="Refuse to write it while edition.toml holds placeholders.")
@verbosity_options
@click.pass_context
def cmif(ctx: click.Context, check: bool, strict: bool) -> None:
    """Write output/cmif.xml (CMIF v1.1) for correspSearch: every letter with a sender or a
    recipient (an unnamed side is "Unknown"), the place of writing with its GeoNames URI.

    Says which documents were left out (no sender and no recipient) and which letters have
    parties, or places, without an authority id the aggregator knows, by document id. Names
    the settings in edition.toml that still hold placeholders (example.org addresses, an
    empty editor): the aggregator would harvest a file that points nowhere.
    """
    _transform(ctx, "cmif", strict)
    if check:
        from .cmif import check as run_checks

        settings = _settings(ctx)
        path = settings.output_dir / "cmif.xml"
        problems = run_checks(path, settings.params()["base_url"])
        shown = path.relative_to(settings.root)
        for problem in problems:
            click.echo(problem.format(str(shown)))
        errors = sum(p.is_error for p in problems)
        click.echo(f"checked {shown}: {errors} error(s), {len(problems) - errors} warning(s)")
        if errors:
            raise Failure(f"{shown} would not pass correspSearch's checks (see above)")


#: ctx.obj key: a build's answer to whether its tei stage has anything to read (edition.last_run).
_LAST_RUN = "last-run"
#: ctx.obj keys: processes a build started for the letters edited by hand: to read them
#: (publish.spare_process), to check them (validate.spare_process).
_SPARE, _SPARE_CHECK = "spare", "spare-check"

#: From this many bytes of listings, `build` reads them in a process of its own (~20,000 entries).
APART_FROM_BYTES = 4_000_000


def _large(settings: settings_mod.Settings) -> bool:
    try:
        return sum(path.stat().st_size for path in settings.raw_files()) >= APART_FROM_BYTES
    except OSError:
        return False  # the tei stage says what is wrong


def _tei_apart(ctx: click.Context, settings: settings_mod.Settings, force: bool, strict: bool,
               jobs: int | None, layout: str = "auto") -> None:
    """The tei stage of large listings (a build's, or `corresp tei` that validates what it
    wrote), in a process of its own, which gives back all it held when it ends (Python and
    glibc keep freed memory: the HTML stage, or the validation, would start where the reading
    peaked: 1.25 GiB at 100,000 letters); what it wrote is validated after it ended (in a
    process of its own too: see _validate).
    Its report is passed on line by line; errors and progress go straight to the terminal.
    The lock this run holds covers it."""
    import subprocess
    import sys

    from .store import HELD_BY_PARENT, lock_fd

    verbosity = _verbosity(ctx)
    command = [sys.executable, "-m", "pipeline", "--edition", str(settings.root),
               *(["-q"] if verbosity < 0 else ["-v"] if verbosity > 0 else []), "tei", "--no-validate",
               *(["--format", layout] if layout != "auto" else []), *(["--force"] if force else []),
               *(["--strict"] if strict else []), *(["--jobs", str(jobs)] if jobs else [])]
    fd = lock_fd(settings.root)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8",
           **({HELD_BY_PARENT: str(fd)} if fd is not None else {})}
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True, encoding="utf-8",
                          errors="replace", pass_fds=(fd,) if fd is not None else ()) as child:
        for line in child.stdout:
            click.echo(line.rstrip("\n"))
    # Validated once the child has given back what reading held (its validation ran two
    # Saxon workers beside it: 1.4 GiB together at 100,000 letters); also when it failed
    # (--strict, a listing not read), as the stage in one process checks what it wrote first.
    if child.returncode and not _has_letters(settings.tei_dir / "letters"):
        ctx.exit(child.returncode)  # it said why
    if not _validate(ctx, settings, None, apart=True) and not child.returncode:
        raise Failure("tei/ has validation errors (see above): correct the files named there, then run again")
    if child.returncode:
        ctx.exit(child.returncode)


@contextlib.contextmanager
def _shared_publisher(ctx: click.Context, settings: settings_mod.Settings):
    """One Publisher for the output stages of a build (see ``build``)."""
    from .publish import Publisher

    obj = ctx.find_root().obj
    with Publisher(settings.tei_dir, settings.output_dir, settings.params(), settings.xslt_dir,
                   obj.get("jobs")) as publisher:
        publisher.spare = ctx.obj.pop(_SPARE, None)
        obj["publisher"] = publisher
        try:
            yield publisher
        finally:
            del obj["publisher"]


@main.command()
@click.option("--force", is_flag=True, help="Make every letter again, those edited by hand too: each edited "
              "version is moved to tei/retired/, out of the edition (an output changed by hand is made again "
              "without it).")
@click.option("--strict", is_flag=True, help="Exit non-zero if a line was not understood or edition.toml "
                                             "still holds placeholders.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Build letters on N processes (default: every core; 1: in this process).")
@verbosity_options
@click.pass_context
def build(ctx: click.Context, force: bool, strict: bool, jobs: int | None = None) -> None:
    """Run every stage: tei, validate, html, csv, cmif, then validate the CMIF."""
    settings = _settings(ctx)
    _cmif_licence(settings)  # before any work: the last stage would refuse it
    if strict:
        _placeholders(settings, strict)  # before any work; otherwise the cmif stage names them
    from . import publish
    from . import store as st
    from . import validate as validate_mod
    from .edition import last_run
    from .pool import cores
    from .incremental import build_inputs, build_signature

    stamp = settings.output_dir / ".cache" / "build"
    with _locked(settings):
        looked: dict = {}  # the letters' files as build_inputs saw them: the outputs' first look
        inputs = build_inputs(settings, strict, looked)
        if not force and stamp.is_file() and stamp.read_text("utf-8") == build_signature(settings, strict, inputs):
            click.echo("nothing changed since the last build (listings, settings, TEI, outputs, corresp): "
                       "nothing to do")
            _placeholders(settings, strict)
            return
        stamp.unlink(missing_ok=True)
        last = None if force else last_run(settings, strict)
        read = last is None  # the tei stage reads the listings and writes
        # The letters do not change from here on (the lock keeps other corresp runs out; an
        # editor's save meanwhile changes `inputs` for the next build) once the tei stage has
        # written: they are listed and checked once for validation and the outputs (a large
        # build validates in a process of its own, which looks at them for itself), and one
        # Publisher makes the fragments once for all three.
        with contextlib.ExitStack() as steady:
            if not read:  # the tei stage writes nothing: `inputs` are what all stages read
                steady.enter_context(publish.steady(looked))
                letters = len(looked.get(os.path.realpath(settings.tei_dir / "letters"), ()))
                if letters >= publish.APART_FROM and (jobs or ctx.obj.get("jobs") or cores()) > 1:
                    # letters edited by hand, checked and read in processes of their own: started
                    # now, on a core that is idle meanwhile (see the spare_process functions)
                    ctx.obj[_SPARE] = steady.enter_context(publish.spare_process(settings.xslt_dir))
                    ctx.obj[_SPARE_CHECK] = steady.enter_context(validate_mod.spare_process(settings.root))
            del looked
            if read and _large(settings):
                _tei_apart(ctx, settings, force, strict, jobs)
            else:
                # the tei stage takes it: its list of every letter is not held after (35 MB at 100,000)
                ctx.obj[_LAST_RUN], last = last, None
                ctx.invoke(tei, force=force, strict=strict, no_validate=False, layout="auto", jobs=jobs)
            publish.give_back_memory()  # what the tei stage held: the build's peak is its largest stage's
            if read:  # the tei stage wrote: what the stages below read
                looked = {}
                inputs = build_inputs(settings, strict, looked)
                steady.enter_context(publish.steady(looked))
                del looked
            if not _has_letters(settings.tei_dir / "letters"):
                raise Failure(f"{settings.tei_dir / 'letters'}: no letters to publish: the listings gave no entry "
                              "(what the tei stage said above names each file and why)")
            with _shared_publisher(ctx, settings):
                for stage in (html, csv):
                    ctx.invoke(stage)
                    publish.give_back_memory()
                _transform(ctx, "cmif")
        if not _validate(ctx, settings, [settings.output_dir / "cmif.xml"]):
            raise Failure("output/cmif.xml is not valid CMIF")
        st.write_atomic(stamp, build_signature(settings, strict, inputs).encode("utf-8"))

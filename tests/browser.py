"""Headless Chromium for the HTML edition's tests and screenshots.

Playwright drives Debian's chromium (/usr/bin/chromium, installed by .ci/run with apt) by its
executable path: nothing is downloaded, never run `playwright install`. Every launch gets a
fresh, empty profile directory and switches off what would reach the network.

    python tests/browser.py [HTML_DIR [OUT_DIR]]    screenshots (make screenshots)
"""

from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1200, "height": 900}


def available() -> bool:
    return CHROMIUM.is_file()


@contextmanager
def playwright():
    """The Playwright driver (one per process: its sync API does not nest)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@contextmanager
def chromium(pw, **options):
    """A browser context of a fresh Chromium with a throw-away profile. ``pw`` is the running
    Playwright (see playwright()); ``options`` are context options (viewport,
    java_script_enabled ...)."""
    options.setdefault("viewport", DESKTOP)
    with tempfile.TemporaryDirectory(prefix="corresp-chromium-") as profile:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=ARGS, headless=True, **options)
        try:
            yield context
        finally:
            context.close()


def screenshots(html_dir: Path, out_dir: Path) -> list[Path]:
    """Screenshots of the index (desktop and phone width), a letter, a person and the network,
    for a human to look at. The letter is the first of the busiest correspondence, the person
    the one with the most documents."""
    from lxml import html as lxml_html

    html_dir, out_dir = html_dir.resolve(), out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    persons = lxml_html.parse(str(html_dir / "persons.html"))
    busiest = max(persons.xpath("//table[@class='register']/tbody/tr"),
                  key=lambda row: int(row.xpath("string(td[@class='number'])") or 0), default=None)
    first_row = lxml_html.parse(str(html_dir / "index.html")).xpath("//table[@id='documents']/tbody/tr[1]/@id")
    shots = [("index", "index.html", DESKTOP), ("index-phone", "index.html", PHONE),
             ("network", "network.html", DESKTOP)]
    if first_row:
        shots += [("letter", f"{first_row[0]}.html", DESKTOP), ("letter-phone", f"{first_row[0]}.html", PHONE)]
    if busiest is not None:
        shots += [("person", busiest.xpath("string(th/a/@href)"), DESKTOP)]
    written = []
    with playwright() as pw, chromium(pw) as context:
        page = context.new_page()
        for name, href, viewport in shots:
            page.set_viewport_size(viewport)
            page.goto((html_dir / href).as_uri())
            path = out_dir / f"{name}.png"
            page.screenshot(path=str(path), full_page=True)
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    if not available():
        print(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)", file=sys.stderr)
        return 1
    html_dir = Path(argv[0]) if argv else Path("output/html")
    out_dir = Path(argv[1]) if len(argv) > 1 else Path("output/screenshots")
    if not (html_dir / "index.html").is_file():
        print(f"{html_dir}/index.html not found: run `make html` first", file=sys.stderr)
        return 1
    for path in screenshots(html_dir, out_dir):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

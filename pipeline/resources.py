"""Where corresp's own stylesheets, schemas and edition templates are.

They stay at the top of the repository (``xslt/``, ``schemas/``), where editors and the
layout expect them; the wheel carries them inside the package (``pipeline/xslt``,
``pipeline/schemas``, see pyproject.toml), where ``importlib.resources`` finds them. A source
checkout, editable install included, has them beside the package instead.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_dir(name: str) -> Path:
    """The folder ``name`` of corresp's resources, installed or in a source checkout."""
    packaged = files("pipeline") / name
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"corresp is installed without its {name}/ folder; reinstall it "
                            f"(pip install corresp) — looked in {packaged} and {checkout}")


#: The packaged stylesheets (an edition may extend them in its own xslt/).
XSLT = resource_dir("xslt")
#: The packaged project schemas (an edition may replace them in its own schemas/).
SCHEMAS = resource_dir("schemas")
#: The files ``corresp init`` puts into a new edition.
TEMPLATES = resource_dir("templates")

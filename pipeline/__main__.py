"""Allow ``python -m pipeline``."""
from .cli import main

main()

"""Allow ``python -m pipeline``."""
from .cli import main

if __name__ == "__main__":  # not when a spawned worker process imports this module (pipeline/pool.py)
    main()

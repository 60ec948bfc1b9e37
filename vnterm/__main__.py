"""``python -m vnterm``: the same as the ``vnterm`` command."""

from .cli import main

if __name__ == "__main__":
    main()

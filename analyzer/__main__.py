"""``python -m analyzer`` and the ``analyzer`` command."""

import sys


def main() -> None:
    # the version needs none of the program: answered before the command line library loads
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        print(f"analyzer {__version__}")
        return
    from .cli import app

    app()


if __name__ == "__main__":
    main()

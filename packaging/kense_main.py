"""Entry point of the frozen build (PyInstaller): the same as the `kense` console script."""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())

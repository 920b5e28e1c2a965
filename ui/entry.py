"""The `kense` console script: the CLI, or the desktop application when no command is given.

Qt is imported only when a window is really needed, so every CLI command starts fast and runs on a
machine without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any


def _launch(**kwargs: Any) -> int:
    from ui.launcher import launch

    return launch(**kwargs)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli.main import main as cli_main

    return cli_main(argv, gui_launcher=_launch)


if __name__ == "__main__":
    sys.exit(main())

"""Windows release figures: installer size, installed size, build and install time, cold start of the
installed kense.exe to the sign-in window under Wine, and of the Linux bundle in the same run.

    python3 bench/windows_release.py [OUTDIR]            builds and tests (packaging/windows/ci.sh)
    python3 bench/windows_release.py --from OUTDIR       only prints the figures of an earlier run

The Linux figure needs the Linux bundle in build/dist/kense (packaging/check_frozen.sh makes it; the
whole test suite runs it before the Windows job). Wine's start-up figure is indicative only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._machine import describe  # noqa: E402


def read_figures(out: Path) -> dict[str, object]:
    figures: dict[str, object] = json.loads((out / "artefacts" / "figures.json").read_text(encoding="utf-8"))
    for line in (out / "build-info.txt").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(" ")
        figures.setdefault(key, value)
    for line in (out / "build-times.txt").read_text(encoding="utf-8").splitlines():
        step, _, seconds = line.partition(" ")
        figures[f"build_step_{step}"] = seconds
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build" / "windows")
    parser.add_argument("--from", dest="existing", type=Path)
    args = parser.parse_args()
    out = args.existing or args.out
    if args.existing is None:
        started = time.monotonic()
        subprocess.run(["bash", str(ROOT / "packaging" / "windows" / "ci.sh"), str(out)], check=True)
        print(f"windows job: {time.monotonic() - started:.0f} s")
    figures = read_figures(out)
    print(describe())
    mib = 1024 * 1024
    print(f"installer: {int(str(figures['installer_bytes'])) / mib:.1f} MiB")
    print(f"installed: {int(str(figures['installed_bytes'])) / mib:.1f} MiB")
    for key, value in figures.items():
        if key not in {"installer_bytes", "installed_bytes"}:
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

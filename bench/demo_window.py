"""Time from `kense demo --open` to a usable window, and until the demo year has filled in.

    python bench/demo_window.py [rounds]

Runs the real console script under Xvfb (a display of its own) and polls with xdotool for the main
window; "usable" is the window mapped with the workspace signed in (the title carries the school's
name only after sign-in). The fill's end is read from the process's log line. Prints one line per round.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KENSE = ROOT / ".venv" / "bin" / "kense"


def _wait_window(env: dict[str, str], needle: str, deadline: float) -> float | None:
    while time.perf_counter() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", needle], env=env,
                               capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            return time.perf_counter()
        time.sleep(0.05)
    return None


def one_round(display: str) -> float | None:
    env = dict(os.environ, DISPLAY=display)
    env.pop("QT_QPA_PLATFORM", None)
    home = tempfile.mkdtemp(prefix="kense-bench-home-")
    env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share")
    start = time.perf_counter()
    proc = subprocess.Popen([str(KENSE), "demo", "--open"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        shown = _wait_window(env, "Kense — ", start + 180)
        return None if shown is None else shown - start
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(home, ignore_errors=True)


def fill_seconds() -> tuple[float, float]:
    sys.path.insert(0, str(ROOT))
    from app import demo
    from app.security.profile import Profile

    start = time.perf_counter()
    result = demo.create_demo_profile(None)
    made = time.perf_counter() - start
    try:
        session = Profile(result.data_dir).sign_in("admin", result.password)
        start = time.perf_counter()
        demo.fill_demo(session, demo.DemoOptions())
        session.close()
        return made, time.perf_counter() - start
    finally:
        shutil.rmtree(result.data_dir.parent, ignore_errors=True)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    display = ":77"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        windows = []
        for n in range(rounds):
            window = one_round(display)
            print(f"round {n + 1}: window {window and f'{window:.2f}'} s", flush=True)
            if window is not None:
                windows.append(window)
        if windows:
            print(f"to usable window: median {statistics.median(windows):.2f} s (min {min(windows):.2f}, "
                  f"max {max(windows):.2f})")
        made, filled = fill_seconds()
        print(f"in-process: demo profile and users {made:.2f} s; the year behind the window {filled:.2f} s")
    finally:
        xvfb.terminate()


if __name__ == "__main__":
    main()

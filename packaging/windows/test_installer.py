"""The Windows release under Wine, as a school PC would run it: silent install, the installed
command line and window, an in-place upgrade, uninstalls that keep (or, when asked, delete) the data.

    python3 packaging/windows/test_installer.py SETUP.EXE ARTEFACTS_DIR

Runs in the Wine prefix named by WINEPREFIX (a fresh one, with only the test-only DLL stand-ins that
test_installer.sh puts there: no Python, nothing of the build). Standard library only. Each check is
counted; the last line says "windows: N passed, M failed" and the exit code is 1 on any failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PREFIX = Path(os.environ["WINEPREFIX"])
DRIVE_C = PREFIX / "drive_c"
INSTALL_DIR = DRIVE_C / "Program Files" / "Kense"
PROGRAM = "C:\\Program Files\\Kense\\"
START_MENU = DRIVE_C / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Кеңсе"
SHORTCUTS = ("Кеңсе.lnk", "Кенсе (на русском).lnk")
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Kense"
PASSWORD = "Wine-Test-2026-x"
SCHOOL = "Ү. Өмүрбеков атындагы Кең-Суу орто мектеби"

passed: list[str] = []
failed: list[str] = []
figures: dict[str, float | int] = {}


def check(name: str, ok: bool, detail: str = "") -> bool:
    (passed if ok else failed).append(name)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok or not detail else f"\n     {detail[-1500:]}"), flush=True)
    return ok


def wine_env(**extra: str) -> dict[str, str]:
    # As on a school PC: no UTF-8 mode, no forced stream encoding (the program must manage itself).
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONUTF8", "PYTHONIOENCODING", "PYTHONPATH", "QT_QPA_PLATFORM", "KENSE_DATA_DIR",
                        "KENSE_USER", "KENSE_PASSWORD", "KENSE_NEW_PASSWORD", "PYTHON_KEYRING_BACKEND",
                        "KENSE_LANG", "PIP_CERT", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE"}}
    env.update(WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
    env.update(extra)
    return env


def wine(*args: str, timeout: float = 300, stdin: str | None = None,
         **extra: str) -> subprocess.CompletedProcess[bytes]:
    """Run a Windows program. stdout/stderr are pipes (Windows CPython under Wine dies with files)."""
    return subprocess.run(["wine", *args], env=wine_env(**extra), capture_output=True, timeout=timeout,
                          input=stdin.encode() if stdin is not None else None)


def cli(*args: str, password: str = PASSWORD, **extra: str) -> subprocess.CompletedProcess[bytes]:
    return wine(PROGRAM + "kense-cli.exe", *args, KENSE_USER="admin", KENSE_PASSWORD=password, **extra)


def text(stream: bytes) -> str:
    """The program's output must be UTF-8 even without PYTHONUTF8: decoding strictly proves it."""
    return stream.decode("utf-8")


def winpath(path: Path) -> str:
    return "Z:" + str(path.resolve()).replace("/", "\\")


def wait_wineserver() -> None:
    subprocess.run(["wineserver", "-w"], env=wine_env(), timeout=300, check=False)


def data_dirs() -> list[Path]:
    """%LOCALAPPDATA%\\Kense of every user of the prefix (one: the Linux user's)."""
    return sorted((DRIVE_C / "users").glob("*/AppData/Local/Kense"))


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def reg_query(key: str, value: str) -> str:
    out = wine("reg", "query", key, "/v", value, timeout=60)
    return out.stdout.decode("utf-8", "replace") if out.returncode == 0 else ""


# ------------------------------------------------------------------------------------ install
def install(setup: Path) -> None:
    started = time.monotonic()
    result = wine(winpath(setup), "/S", timeout=600)
    wait_wineserver()
    figures["install_seconds"] = round(time.monotonic() - started, 1)
    check("silent install exits 0", result.returncode == 0, text(result.stderr))


def check_installed(version: str) -> None:
    for exe in ("kense.exe", "kense-cli.exe", "uninstall.exe"):
        check(f"installed into Program Files: {exe}", (INSTALL_DIR / exe).is_file())
    for exe in ("kense.exe", "kense-cli.exe"):
        path = INSTALL_DIR / exe
        details = path.read_bytes() if path.is_file() else b""
        check(f"{exe} carries its file version {version} (Properties > Details)",
              all(s.encode("utf-16-le") in details for s in (version, "Kense", "GPL-3.0-or-later")))
    for link in SHORTCUTS:
        check(f"Start-menu entry {link}", (START_MENU / link).is_file())
    check("Add/Remove Programs shows the version from pyproject.toml",
          version in reg_query(UNINSTALL_KEY, "DisplayVersion"))
    quiet = reg_query(UNINSTALL_KEY, "QuietUninstallString")
    check("Add/Remove Programs has a quiet uninstall", "uninstall.exe" in quiet and "/S" in quiet, quiet)
    shipped = [p.name for p in INSTALL_DIR.rglob("*") if p.name.lower() in {"icuuc.dll", "bcryptprimitives.dll"}]
    check("the test-only Wine stand-ins are not installed", not shipped, str(shipped))
    check("nothing of the program is written into the data folder", not any(
        (d / "kense.exe").exists() for d in data_dirs()))


# ------------------------------------------------------------------------------------ command line
def command_line(artefacts: Path) -> None:
    init = cli("init", "--school-name", SCHOOL, "--admin", "admin", "--json", KENSE_NEW_PASSWORD=PASSWORD)
    ok = check("kense-cli init", init.returncode == 0, text(init.stderr))
    if ok:
        check("init prints the recovery code once", "recovery_code" in json.loads(text(init.stdout)))
    check("the data lives in %LOCALAPPDATA%\\Kense", any((d / "kense.db").exists() or any(d.iterdir())
                                                          for d in data_dirs()), str(data_dirs()))
    status = cli("status", "--json")
    try:
        state = json.loads(text(status.stdout))
    except (UnicodeDecodeError, ValueError) as exc:
        check("status --json piped is UTF-8 JSON", False, f"{exc}: {status.stdout[:300]!r} {status.stderr[-600:]!r}")
        state = {}
    else:
        check("status --json piped is UTF-8 JSON (no PYTHONUTF8)", status.returncode == 0)
    (artefacts / "status.json").write_text(json.dumps(state, ensure_ascii=False, indent=2), encoding="utf-8")
    flat = json.dumps(state, ensure_ascii=False)
    check("device binding is bound", state.get("device_binding") == "bound", flat[:800])
    check("bound through WinVaultKeyring (Credential Manager)", "WinVaultKeyring" in flat, flat[:800])
    check("the school's name keeps Ң Ө Ү through the pipe", SCHOOL in flat, flat[:300])
    human = cli("status")
    check("human status piped prints Kyrgyz in UTF-8", human.returncode == 0 and SCHOOL in text(human.stdout),
          text(human.stderr))

    wrong = cli("status", password="not-the-password")
    message = text(wrong.stderr)
    check("a wrong password exits 3", wrong.returncode == 3, f"rc={wrong.returncode} {message}")
    check("… with the Kyrgyz message", "сырсөз" in message.lower(), message)

    sample = artefacts / "pupils_ky.xlsx"
    shutil.copy(REPO / "tests" / "data" / "people" / "pupils_ky.xlsx", sample)
    imported = cli("students", "import", winpath(sample), "--json")
    report = json.loads(text(imported.stdout)) if imported.returncode == 0 else {}
    check("students import of an xlsx", report.get("imported") == 2 and "7-Ң" in report.get("new_classes", []),
          text(imported.stderr) + text(imported.stdout)[:500])
    pupils = cli("students", "list", "--json")
    listed = json.loads(text(pupils.stdout)) if pupils.returncode == 0 else []
    check("students list shows the imported pupils", len(listed) == 2, text(pupils.stderr))
    if listed:
        pdf = artefacts / "certificate.pdf"
        issued = cli("certificate", "issue", "--template", "study", "--person", str(listed[0]["id"]),
                     "--out", winpath(pdf))
        check("certificate issue writes a PDF", issued.returncode == 0 and pdf.is_file(), text(issued.stderr))
        if pdf.is_file():
            content = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
            check("the certificate reads back with Ң Ө Ү intact", all(word in " ".join(content.split()) for word in (
                "Өмүрбеков", "Кең-Суу", listed[0]["surname"])), content[:600])
    backup = cli("backup", "now", "--json")
    made = json.loads(text(backup.stdout)) if backup.returncode == 0 else {}
    check("backup now: a verified backup", made.get("verified") is True, text(backup.stderr))


# ------------------------------------------------------------------------------------ window
class Screen:
    def __init__(self, artefacts: Path) -> None:
        self.number = next(n for n in range(97, 140) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        self.display = f":{self.number}"
        self.server = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1366x800x24", "-nolisten", "tcp"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.artefacts = artefacts
        self.until(lambda: Path(f"/tmp/.X11-unix/X{self.number}").exists(), 15)

    @staticmethod
    def until(condition: Callable[[], object], timeout: float, step: float = 0.25) -> object:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = condition()
            if value:
                return value
            time.sleep(step)
        return None

    def xdotool(self, *args: str) -> str:
        try:
            return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.display},
                                  capture_output=True, text=True, timeout=30).stdout.strip()
        except subprocess.TimeoutExpired:  # e.g. --sync waiting for a focus that never comes
            return ""

    def window(self, name: str = "^Kense") -> str:
        found = self.xdotool("search", "--onlyvisible", "--name", name).splitlines()
        return found[-1] if found else ""

    def shot(self, name: str) -> Path:
        path = self.artefacts / f"{name}.png"
        subprocess.run(["import", "-display", self.display, "-window", "root", str(path)], timeout=60, check=False)
        return path

    def close(self) -> None:
        self.server.terminate()
        self.server.wait(10)


def audit_actions() -> list[tuple[str, str]]:
    out = cli("audit", "list", "--action", "session.", "--limit", "1000", "--json")
    if out.returncode != 0:
        return []
    entries = json.loads(text(out.stdout))
    entries = entries.get("entries", entries) if isinstance(entries, dict) else entries
    return [(str(e.get("action", "")), json.dumps(e, ensure_ascii=False)) for e in entries]


def has_action(action: str, needle: str = "") -> bool:
    return any(a == action and needle in d for a, d in audit_actions())


def window_signed_in() -> bool:
    """Every command-line call signs in and out; the listing's own sign-in is still open while it lists.
    One more open session than that is the window's."""
    actions = [a for a, _ in audit_actions()]
    return actions.count("session.sign_in") - actions.count("session.sign_out") >= 2


def window(artefacts: Path) -> None:
    screen = Screen(artefacts)
    started = time.monotonic()
    app = subprocess.Popen(["wine", PROGRAM + "kense.exe", "--lang", "ky"],
                           env=wine_env(DISPLAY=screen.display), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wid = screen.until(screen.window, 180)
        figures["wine_cold_start_seconds"] = round(time.monotonic() - started, 1)
        if not check("the installed kense.exe shows its window", bool(wid)):
            return
        time.sleep(1.0)  # the first paint follows the map; the screenshot is evidence, not a sync point
        screen.shot("windows-1-sign-in")
        screen.xdotool("windowfocus", "--sync", str(wid))
        screen.xdotool("type", "--delay", "30", "admin")
        screen.xdotool("key", "Return")
        screen.xdotool("type", "--delay", "30", PASSWORD)
        screen.xdotool("key", "Return")
        signed_in = screen.until(window_signed_in, 90, 2)
        check("sign-in typed with xdotool opens the workspace", bool(signed_in))
        screen.shot("windows-2-workspace")
        # As a person would: click into the window (Wine gives keyboard focus on a click; there is no
        # window manager on Xvfb), then the shortcut.
        screen.xdotool("mousemove", "--window", str(wid), "700", "500", "click", "1")
        screen.xdotool("key", "ctrl+l")
        locked = screen.until(lambda: has_action("session.lock"), 60, 2)
        check("Ctrl+L locks", bool(locked), json.dumps(audit_actions()[-5:], ensure_ascii=False))
        screen.shot("windows-3-locked")
    finally:
        app.kill()
        subprocess.run(["wineserver", "-k"], env=wine_env(), check=False, timeout=60)
        app.wait(30)
        screen.close()


def linux_bundle_cold_start(artefacts: Path) -> None:
    """The same figure for the Linux bundle (built by packaging/check_frozen.sh in the same run)."""
    exe = REPO / "build" / "dist" / "kense" / "kense"
    if not exe.is_file():
        print("note linux_cold_start: no Linux bundle in build/dist (packaging/check_frozen.sh makes it)")
        return
    screen = Screen(artefacts)
    profile = artefacts / "linux-profile"
    shutil.rmtree(profile, ignore_errors=True)
    env = {**os.environ, "DISPLAY": screen.display, "QT_QPA_PLATFORM": "xcb", "KENSE_USER": "admin",
           "KENSE_NEW_PASSWORD": PASSWORD, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    subprocess.run([str(exe.with_name("kense-cli")), "--data-dir", str(profile), "init", "--school-name", SCHOOL,
                    "--admin", "admin"], env=env, capture_output=True, timeout=120, check=True)
    started = time.monotonic()
    app = subprocess.Popen([str(exe), "--data-dir", str(profile)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if screen.until(screen.window, 60, 0.05):
            figures["linux_cold_start_seconds"] = round(time.monotonic() - started, 2)
    finally:
        app.kill()
        app.wait(30)
        screen.close()
        shutil.rmtree(profile, ignore_errors=True)


# ------------------------------------------------------------------------------------ upgrade, uninstall
def upgrade_in_place(setup: Path) -> None:
    stale = INSTALL_DIR / "_internal" / "stale_module_of_an_older_version.pyd"
    stale.write_bytes(b"old")
    before = {p.name for d in data_dirs() for p in d.iterdir()}
    install(setup)
    check("upgrade in place removes the older version's files", not stale.exists())
    after = {p.name for d in data_dirs() for p in d.iterdir()}
    check("upgrade leaves the data as it was", before <= after, f"{before} -> {after}")
    status = cli("status", "--json")
    check("after the upgrade the school signs in, still bound",
          status.returncode == 0 and '"bound"' in text(status.stdout), text(status.stderr))


def uninstall(*options: str) -> None:
    # NSIS's uninstaller copies itself away and returns at once; wineserver -w waits for the copy.
    result = wine(PROGRAM + "uninstall.exe", "/S", *options, timeout=300)
    wait_wineserver()
    check("silent uninstall " + " ".join(options) + "exits 0", result.returncode == 0, text(result.stderr))
    check("uninstall removes the program", not (INSTALL_DIR / "kense.exe").exists()
          and not (INSTALL_DIR / "_internal").exists())
    check("uninstall removes the Start-menu entries", not any((START_MENU / s).exists() for s in SHORTCUTS))
    check("uninstall removes the Add/Remove Programs entry", reg_query(UNINSTALL_KEY, "DisplayVersion") == "")


def main() -> int:
    setup, artefacts = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    artefacts.mkdir(parents=True, exist_ok=True)
    version = re.search(r"kense-setup-(.+)\.exe$", setup.name).group(1)  # type: ignore[union-attr]
    figures["installer_bytes"] = setup.stat().st_size
    install(setup)
    check_installed(version)
    figures["installed_bytes"] = du(INSTALL_DIR)
    command_line(artefacts)
    window(artefacts)
    linux_bundle_cold_start(artefacts)
    upgrade_in_place(setup)
    uninstall()
    kept = [d for d in data_dirs() if any(d.iterdir())]
    check("uninstall keeps the school's data", bool(kept), str(data_dirs()))
    install(setup)
    status = cli("status", "--json")
    check("a reinstall finds the kept data, still bound", status.returncode == 0 and '"bound"' in text(status.stdout),
          text(status.stderr))
    uninstall("/DELETEDATA")
    check("uninstall /DELETEDATA deletes the data when asked", not data_dirs(), str(data_dirs()))
    (artefacts / "figures.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    print("figures " + json.dumps(figures))
    print(f"windows: {len(passed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

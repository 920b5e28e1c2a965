"""Piped output on Windows is in the ANSI code page, which has no Ң Ө Ү: the command line switches
such streams to UTF-8 itself (a school PC has no PYTHONUTF8)."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from app.platform_support.console import ensure_utf8


@pytest.mark.parametrize("codepage", ["cp1252", "cp1251", "ascii"])
def test_an_ansi_code_page_pipe_becomes_utf8(codepage: str) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=codepage)
    with pytest.raises(UnicodeEncodeError):
        stream.write("Ң")
        stream.flush()
    stream = io.TextIOWrapper(raw := io.BytesIO(), encoding=codepage)
    assert ensure_utf8(stream) is True
    stream.write("Кеңсе: Өмүр Үсөнов")
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "Кеңсе: Өмүр Үсөнов"


def test_a_utf8_stream_is_left_alone() -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    assert ensure_utf8(stream) is False
    assert ensure_utf8(None) is False             # the windowed build has no console at all


def test_piped_input_is_read_as_utf8_and_stays_strict() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Сырсөз-Ң\n".encode()), encoding="cp1252")
    assert ensure_utf8(stream, errors="strict") is True
    assert stream.readline() == "Сырсөз-Ң\n"
    bad = io.TextIOWrapper(io.BytesIO(b"\xff\xfe\n"), encoding="cp1252")
    ensure_utf8(bad, errors="strict")
    with pytest.raises(UnicodeDecodeError):
        bad.readline()


def test_the_command_line_prints_kyrgyz_into_a_cp1252_pipe(tmp_path) -> None:
    # The real program, its output encoding forced to what Windows gives a pipe.
    env = {"PYTHONIOENCODING": "cp1252", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-X", "utf8=0", "-m", "ui.entry", "--lang", "ky", "--data-dir",
                          str(tmp_path / "none"), "status"], capture_output=True, env=env, timeout=60,
                         cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]))
    message = out.stderr.decode("utf-8")
    assert "UnicodeEncodeError" not in message
    assert any(letter in message for letter in "ңөүҢӨҮ"), message

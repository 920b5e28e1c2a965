"""`kense certificate …` and `kense print …` end to end through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.security.device_secret import DeviceSecretStore
from tests.certificates.conftest import Office, decode_qr, pdftotext
from tests.conftest import ADMIN_PASSWORD, ProfileFixture, create_profile


@pytest.fixture
def school(tmp_path: Path, file_keyring: DeviceSecretStore) -> ProfileFixture:
    """Password-only, so a CLI process (which opens the OS keyring itself) can sign in."""
    return create_profile(tmp_path / "profile", file_keyring, bind_device=False)


@pytest.fixture
def cli(school: ProfileFixture, office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("KENSE_DATA_DIR", str(school.profile.root))
    monkeypatch.setenv("KENSE_USER", "admin")
    monkeypatch.setenv("KENSE_PASSWORD", ADMIN_PASSWORD)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_issue_verify_list_void(cli, office: Office, tmp_path: Path) -> None:
    out = tmp_path / "study.pdf"
    code, stdout, _ = cli("certificate", "issue", "--template", "study", "--person", office.pupil_id, "--lang", "ru",
                          "--purpose", "для военкомата", "--out", str(out), "--json")
    assert code == 0
    data = json.loads(stdout)
    assert set(data) >= {"number", "verification"}
    pdf = out.read_bytes()
    assert "для военкомата" in " ".join(pdftotext(pdf, tmp_path).split())
    assert not list(tmp_path.glob(".study.pdf.*"))           # the temp file was renamed, not left behind
    qr = decode_qr(pdf, tmp_path)
    assert qr == data["verification"]

    code, stdout, _ = cli("certificate", "verify", qr)
    assert code == 0 and "ЧЫНЫГЫ" in stdout
    code, stdout, _ = cli("certificate", "verify", qr.replace("|S|", "|T|"), "--lang", "ru")
    assert code == 4 and "ПОДДЕЛКА" in stdout

    code, stdout, _ = cli("certificate", "list", "--json")
    rows = json.loads(stdout)
    assert [r["number"] for r in rows] == [data["number"]] and rows[0]["id"]

    reprint = tmp_path / "again.pdf"
    assert cli("certificate", "reprint", data["number"], "--out", str(reprint))[0] == 0
    assert reprint.read_bytes() == pdf

    code, _, _ = cli("certificate", "void", data["number"], "--reason", "Испорчен бланк")
    assert code == 0
    code, stdout, _ = cli("certificate", "verify", qr, "--json")
    assert code == 4 and json.loads(stdout)["status"] == "void"
    code, _, stderr = cli("certificate", "void", data["number"], "--reason", "x")
    assert code == 5 and stderr.strip()


def test_bad_input_gets_a_message_not_a_traceback(cli, office: Office, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    code, _, stderr = cli("certificate", "issue", "--template", "study", "--person", "nobody", "--out", str(out))
    assert code == 4 and "Traceback" not in stderr and stderr.strip()
    assert not out.exists()
    with pytest.raises(SystemExit) as usage:
        cli("certificate", "issue", "--template", "study", "--person", office.pupil_id, "--lang", "en",
            "--out", str(out))
    assert usage.value.code == 2
    code, _, stderr = cli("print", "movement-report", "--from", "2026-05-01", "--to", "2025-09-01", "--out", str(out))
    assert code == 4 and stderr.strip()
    code, _, _ = cli("print", "class-list", "--class", "5-А", "--columns", "salary", "--out", str(out))
    assert code == 4 and not out.exists()


def test_print_commands(cli, office: Office, tmp_path: Path) -> None:
    def words(path: Path) -> str:
        return " ".join(pdftotext(path.read_bytes(), tmp_path).split())

    target = tmp_path / "list.pdf"
    assert cli("print", "class-list", "--class", "5-А", "--lang", "ky", "--columns", "sex,book", "--out",
               str(target))[0] == 0
    assert "5-А классынын тизмеси" in words(target) and "Абдыкадырова Айпери" in words(target)
    assert cli("print", "class-lists", "--lang", "ru", "--out", str(target))[0] == 0
    assert "Список 5-А класса" in words(target)
    assert cli("print", "movement-report", "--from", "2020-08-01", "--to", "2020-09-30", "--lang", "ru", "--out",
               str(target))[0] == 0
    assert "Прибыли: 3" in words(target) and "Түгөлбаев Нурсултан" in words(target)
    assert cli("print", "consent-form", "--pupil", office.pupil_id, "--out", str(target))[0] == 0
    assert "МАКУЛДУК" in words(target) and "consent/ky/0" in words(target)
    assert cli("print", "personal-file", "--pupil", office.pupil_id, "--lang", "ru", "--out", str(target))[0] == 0
    assert "ЛИЧНОЕ ДЕЛО УЧАЩЕГОСЯ" in words(target) and "принят" in words(target)
    assert cli("print", "book-page", "--letter", "ө", "--out", str(target))[0] == 0
    assert "Ө/1 Өмүрбеков Үмүтбек" in words(target) and "Ңурланович" in words(target)   # the name wraps in its cell
    code, stdout, _ = cli("print", "batch", "--template", "study", "--class", "5-А", "--lang", "ru", "--out",
                          str(target), "--json")
    assert code == 0
    issued = json.loads(stdout)["certificates"]
    assert [c["number"] for c in issued] == ["1", "2", "3"]
    text = words(target)
    assert all(name in text for name in ("Абдыкадырова Айпери", "Өмүрбеков Үмүтбек", "Түгөлбаев Нурсултан"))

    notice = tmp_path / "notice.txt"
    notice.write_text("Жаңы текст: {district} билим берүү бөлүмүнө берилет.", encoding="utf-8")
    assert cli("legal-text", "set", "transfer_notice", "--lang", "ky", "--file", str(notice))[0] == 0
    assert cli("print", "consent-form", "--pupil", office.pupil_id, "--out", str(target))[0] == 0
    assert "Жаңы текст: Нарын шаары билим берүү бөлүмүнө берилет." in words(target)
    assert "transfer_notice/ky/1" in words(target)

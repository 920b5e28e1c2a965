"""`kense alerts list|acknowledge` as scripts run it: real processes, exact output, exit codes."""

from __future__ import annotations

import json

from app.clock import parse_iso
from tests.cli.test_cli import cli  # noqa: F401 — the real `kense` process fixture

CHECKPOINT_RU = ("В файле ключей нет контрольной точки журнала аудита (удалена). Подмену базы старой копией"
                 " теперь не обнаружить.")


def _local(iso: str) -> str:
    return parse_iso(iso).astimezone().strftime("%d.%m.%Y %H:%M")


def test_list_and_acknowledge_with_exact_output(cli) -> None:  # noqa: F811 — the fixture
    quiet = cli("alerts", "list")
    assert (quiet.returncode, quiet.stdout) == (0, "Ачык сигнал жок.\n")
    path = cli.data / "kense.keys"
    keys = json.loads(path.read_text())
    keys.pop("checkpoint")                        # someone removed the audit checkpoint from the key file
    path.write_text(json.dumps(keys))
    (alert,) = cli.json("alerts", "list")
    assert (alert["kind"], alert["params"], alert["open"]) == (
        "integrity_finding", {"finding": "checkpoint_missing", "seq": 0}, True)
    when = _local(alert["first_seen"])
    shown = cli("alerts", "list", "--lang", "ru")
    assert shown.returncode == 0
    assert shown.stdout == (f"{when} {alert['id']} С {when} открыта находка о целостности: {CHECKPOINT_RU}\n"
                            "Открытых оповещений: 1.\n")
    short = cli("alerts", "acknowledge", alert["id"], "--note", "ok")
    assert short.returncode == 4 and "5–500" in short.stderr
    unknown = cli("alerts", "acknowledge", "0000", "--note", "Ачкыч файлы калыбына келтирилди")
    assert unknown.returncode == 4 and "0000" in unknown.stderr
    cli("user", "add", "zarina", "--role", "secretary", "--name", "Токтогулова Зарина",
        new_password="Baska-Syrsoz-2026")
    refused = cli("alerts", "acknowledge", alert["id"], "--note", "Мен эмес", user="zarina",
                  password="Baska-Syrsoz-2026")
    assert refused.returncode == 3
    assert cli("alerts", "list", user="zarina", password="Baska-Syrsoz-2026").returncode == 3
    done = cli("alerts", "acknowledge", alert["id"], "--note", "Ачкыч файлы калыбына келтирилди")
    assert (done.returncode, done.stdout) == (0, f"Сигнал тастыкталды: {alert['id']}.\n")
    assert cli("alerts", "list").stdout == "Ачык сигнал жок.\n"
    (kept,) = cli.json("alerts", "list", "--all")
    assert (kept["open"], kept["note"]) == (False, "Ачкыч файлы калыбына келтирилди")
    everything = cli("alerts", "list", "--all", "--lang", "en")
    assert everything.stdout == (
        f"{when} {alert['id']} Integrity finding open since {when}: The audit checkpoint is missing from the key"
        " file (removed). A swap of the database for an older copy could no longer be noticed.\n"
        f"    Acknowledged {_local(kept['acknowledged_at'])} by Сарыгулова Бермет: Ачкыч файлы калыбына"
        " келтирилди\n"
        "No open alerts.\n")
    audited = cli.json("audit", "list", "--action", "alert.")
    assert [(e["action"], e["object_id"], e["detail"]) for e in audited] == [
        ("alert.acknowledge", alert["id"], {"kind": "integrity_finding"}),
        ("alert.raised", alert["id"], {"kind": "integrity_finding"})]

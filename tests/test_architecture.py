"""Layer contracts (ui -> app -> db; no Qt below ui), checked by import-linter in the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


def test_cli_starts_without_importing_qt() -> None:
    code = ("import sys; from app.cli.main import build_parser; build_parser();"
            " import app.security.profile, app.admin.status;"
            " print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cli_starts_without_the_pdf_toolkit_or_the_http_client() -> None:
    # Every command pays for what main imports (the suite starts the CLI hundreds of times, a secretary's
    # scripts too): the PDF toolkit and the HTTP client are loaded by the commands that use them.
    code = ("import sys; from app.cli.main import build_parser; build_parser();"
            " print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'httpx', 'segno', 'PIL'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _connection_uses(path: Path) -> list[int]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr == "conn"]


def test_the_ui_reaches_the_database_only_through_services() -> None:
    """No widget touches a session's connection: SQL and connection use live in app/ (DESIGN §10)."""
    offenders = {str(p.relative_to(ROOT)): lines for p in sorted((ROOT / "ui").rglob("*.py"))
                 if (lines := _connection_uses(p))}
    assert offenders == {}


def test_the_connection_check_sees_a_use() -> None:
    sample = ROOT / "ui" / "shell.py"
    text = sample.read_text(encoding="utf-8")
    scratch = Path(__import__("tempfile").mkdtemp()) / "sample.py"
    scratch.write_text(text + "\n\ndef _probe(session):\n    return session.conn\n", encoding="utf-8")
    assert _connection_uses(scratch)

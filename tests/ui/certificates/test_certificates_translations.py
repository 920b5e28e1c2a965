"""The certificates catalogue is complete in Kyrgyz and Russian, compiled, and actually used."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib import resources

import pytest


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_certificates_catalogue_complete(lang):
    folder = resources.files("resources").joinpath("translations")
    tree = ET.parse(str(folder.joinpath(f"certificates_{lang}.ts")))  # noqa: S314 — our own file
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 80
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []
    if lang != "en":
        same = [m.find("source").text for m in messages if m.find("source").text == m.find("translation").text
                and len(m.find("source").text) > 6]
        assert same == []
    assert folder.joinpath(f"certificates_{lang}.qm").is_file()


def test_the_section_speaks_kyrgyz_and_russian(qtbot, office):
    from ui import i18n
    from ui.certificates.section import CertificatesSection

    try:
        i18n.install("ky")
        widget = CertificatesSection(office.session)
        qtbot.addWidget(widget)
        assert widget.issue_button.text() == "Маалым кат берүү…"
        i18n.install("ru")
        widget = CertificatesSection(office.session)
        qtbot.addWidget(widget)
        assert widget.issue_button.text() == "Выдать справку…"
    finally:
        i18n.install("ky")

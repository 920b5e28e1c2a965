"""The certificates catalogue is complete in Kyrgyz and Russian, compiled, and actually used."""

from __future__ import annotations


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

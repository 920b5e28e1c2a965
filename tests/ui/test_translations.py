"""Every visible string has a Kyrgyz and a Russian translation, and the compiled .qm files load."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib import resources

import pytest

# One catalogue per subsystem, with the least number of messages each is known to hold (a catalogue
# that lost its messages to a bad lupdate run fails here).
CATALOGUES = {"kense": 200, "people": 150, "certificates": 80, "admin": 10, "desktop": 5, "background": 0,
              "backup": 50, "sync": 40}
CATALOGUES["protection"] = 40
CATALOGUES["alerts"] = 15
CATALOGUES["audit"] = 20
CATALOGUES["incidents"] = 30


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
@pytest.mark.parametrize("catalogue", sorted(CATALOGUES))
def test_ts_complete_and_compiled(catalogue, lang):
    folder = resources.files("resources").joinpath("translations")
    tree = ET.parse(str(folder.joinpath(f"{catalogue}_{lang}.ts")))  # noqa: S314 — our own file
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > CATALOGUES[catalogue]
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []
    if lang != "en":
        same = [m.find("source").text for m in messages if m.find("source").text == m.find("translation").text
                and len(m.find("source").text) > 6]
        assert same == []  # nothing left in English
    assert folder.joinpath(f"{catalogue}_{lang}.qm").is_file()  # ./run setup compiles them


def test_help_pages_in_kyrgyz_and_russian():
    from ui.help import TOPICS, help_html

    for topic in TOPICS:
        for lang in ("ky", "ru"):
            html, used = help_html(topic, lang)
            assert used == lang and "<h1>" in html

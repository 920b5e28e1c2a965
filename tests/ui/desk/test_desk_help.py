"""F1 on every tab of the Data protection desk opens the desk's help page in the user's language (not the
Security page or the start page), and the start page links to it. The tabs are built when first shown."""

from __future__ import annotations

import pytest

from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import sign_in

HEADINGS = {"ky": "<h1>Маалыматтарды коргоо</h1>", "ru": "<h1>Защита данных</h1>"}
# each tab's part of the page, as the tab itself is named in that language
PARTS = {"ky": {"audit": "<h2>Аудит журналы</h2>", "alerts": "<h2>Сигналдар</h2>",
                "incidents": "<h2>Инциденттер</h2>", "rights": "<h2>Кирүү укуктары</h2>",
                "report": "<h2>Текшерүүчү үчүн отчет</h2>"},
         "ru": {"audit": "<h2>Журнал аудита</h2>", "alerts": "<h2>Оповещения</h2>",
                "incidents": "<h2>Инциденты</h2>", "rights": "<h2>Права доступа</h2>",
                "report": "<h2>Отчёт для проверяющего</h2>"}}


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_f1_on_each_desk_tab_opens_the_desk_page(qtbot, school, make_shell, lang) -> None:
    from ui.help import help_html

    shell = make_shell(school.profile.root, lang=lang)
    sign_in(qtbot, shell, "admin", ADMIN_PASSWORD)
    desk = shell.workspace.open_section("desk")
    assert desk.keys == list(PARTS[lang]) and list(desk.parts) == ["audit"]   # the others built when shown
    for tab, part in PARTS[lang].items():
        desk.show_tab(tab)
        assert shell.current_help_topic() == "desk", tab
        window = shell.open_help(shell.current_help_topic())
        html = window.browser.toHtml()
        # the tab's own title on the page is the one the tab bar shows
        assert desk.tabs.tabText(desk.tabs.currentIndex()).replace("&", "") in part, tab
        assert "Маалыматтарды коргоо" in html or "Защита данных" in html
    assert list(desk.parts) == desk.keys
    desk.tabs.setCurrentIndex(0)
    assert desk.tabs.currentWidget() is desk.parts["audit"]
    page, used = help_html("desk", lang)
    assert used == lang and HEADINGS[lang] in page and all(p in page for p in PARTS[lang].values())
    start, _ = help_html("start", lang)
    assert 'href="desk"' in start

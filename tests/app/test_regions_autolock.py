"""The oblast/district reference list and the idle-lock timeout rule."""

from __future__ import annotations

from app.reference import regions
from app.security.autolock import idle_lock_seconds


def test_seven_oblasts_and_two_cities():
    found = regions.regions()
    names = {r.ky for r in found}
    assert len(found) == 9
    assert {"Баткен облусу", "Жалал-Абад облусу", "Ысык-Көл облусу", "Нарын облусу", "Ош облусу",
            "Талас облусу", "Чүй облусу", "Бишкек шаары", "Ош шаары"} == names
    assert 38 <= sum(len(r.districts) for r in found) <= 48


def test_find_region_any_language_and_districts():
    assert regions.find_region("Иссык-Кульская область").id == "issyk-kul"
    assert regions.find_region("ысык-көл облусу").id == "issyk-kul"
    assert "Ак-Суу району" in [d.ky for d in regions.districts_of("issyk-kul")]
    assert regions.find_region("somewhere else") is None
    assert regions.districts_of("free text") == ()
    assert regions.find_region("naryn").name("ru") == "Нарынская область"


def test_idle_lock_env_may_only_shorten():
    assert idle_lock_seconds(5, {}) == 300
    assert idle_lock_seconds(None, {}) == 300
    assert idle_lock_seconds(5, {"KENSE_IDLE_LOCK_SECONDS": "3"}) == 3
    assert idle_lock_seconds(5, {"KENSE_IDLE_LOCK_SECONDS": "9999"}) == 300   # never longer
    assert idle_lock_seconds(5, {"KENSE_IDLE_LOCK_SECONDS": "0"}) == 300      # never off
    assert idle_lock_seconds(5, {"KENSE_IDLE_LOCK_SECONDS": "junk"}) == 300
    assert idle_lock_seconds(99, {}) == 30 * 60                                 # bounds kept
    assert idle_lock_seconds(0, {}) == 60

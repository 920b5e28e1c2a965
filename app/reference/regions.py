"""Oblasts, cities of republican significance and their districts (resources/regions/regions.json).

Administrative borders change (rural municipalities were merged in 2024–25), so the list is data,
not code, and every address field still accepts free text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from app.i18n import normalise_language


@dataclass(frozen=True)
class Place:
    id: str
    ky: str
    ru: str
    en: str

    def name(self, lang: str | None = None) -> str:
        return {"ky": self.ky, "ru": self.ru, "en": self.en}[normalise_language(lang)]


@dataclass(frozen=True)
class Region(Place):
    districts: tuple[Place, ...]


@cache
def regions() -> tuple[Region, ...]:
    text = resources.files("resources").joinpath("regions", "regions.json").read_text(encoding="utf-8")
    found: list[Region] = []
    for item in json.loads(text)["regions"]:
        districts = tuple(Place(d["id"], d["ky"], d["ru"], d.get("en") or d["ru"]) for d in item["districts"])
        found.append(Region(item["id"], item["ky"], item["ru"], item.get("en") or item["ru"], districts))
    return tuple(found)


def find_region(text: str) -> Region | None:
    """The region whose id or name (in any language) is ``text``; None for free text."""
    wanted = (text or "").strip().casefold()
    for region in regions():
        if wanted in {region.id, region.ky.casefold(), region.ru.casefold(), region.en.casefold()}:
            return region
    return None


def districts_of(region_text: str) -> tuple[Place, ...]:
    region = find_region(region_text)
    return region.districts if region else ()

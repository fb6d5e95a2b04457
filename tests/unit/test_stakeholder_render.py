"""The map renderer: text fitting, figure sizing (grow with the map, or fit a page), highlights."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest

from db.enums import Attitude, LinkKind
from planner.errors import ValidationError
from planner.stakeholders.baseline import diff, snapshot
from planner.stakeholders.model import MapLink, MapPerson, StakeholderMap
from planner.stakeholders.render import grid_figure, org_figure, save_figure
from planner.stakeholders.text import fit_name, fit_text, short_name, text_width

AS_OF = date(2026, 11, 27)


def small_map(n: int = 6) -> StakeholderMap:
    boss = MapPerson(uuid.UUID(int=1), "Михаил Павлович Денисов", title="Генеральный директор",
                     attitude=Attitude.CHAMPION, days_since=3)
    team = tuple(
        MapPerson(uuid.UUID(int=10 + i), f"Person {i}", manager=boss.uuid, days_since=90 * i,
                  left=i == 2)
        for i in range(n - 1)
    )
    link = MapLink(uuid.UUID(int=99), team[0].uuid, boss.uuid, LinkKind.INFLUENCE)
    return StakeholderMap(uuid.UUID(int=100), "Уралсталь", AS_OF, (boss, *team), (link,))


def test_text_width_grows_with_text_and_size():
    assert text_width("WWW", 10) > text_width("iii", 10) > 0
    assert text_width("Жанна", 10, bold=True) > text_width("Жанна", 10)
    assert text_width("abc", 20) == pytest.approx(2 * text_width("abc", 10))


def test_long_names_keep_the_family_name():
    name = "Константин Константинович Константинопольский"
    room = text_width("Константин К. Константинопольский", 10, bold=True) + 1
    assert fit_name(name, room, 10, bold=True) == "Константин К. Константинопольский"
    assert fit_name(name, room - 30, 10, bold=True) == "К. К. Константинопольский"
    assert fit_name("Ann Lee", 1000, 10) == "Ann Lee"
    assert short_name("Анна Викторовна Сохова") == "А. В. Сохова"
    cut = fit_text("Head of Procurement, Flat Products Division", 100, 8)
    assert cut.endswith("…") and text_width(cut, 8) <= 100


def test_org_figure_grows_with_the_map_and_fits_a_page_on_request():
    small = org_figure(small_map(6))
    large = org_figure(small_map(40))
    assert large.get_size_inches()[1] > small.get_size_inches()[1]
    fitted = org_figure(small_map(40), fit=(6.5, 4.0))
    width, height = fitted.get_size_inches()
    assert width <= 6.5 + 1e-6 and height <= 4.0 + 1e-6


def test_highlights_and_saving_in_both_formats():
    before = small_map()
    moved = StakeholderMap(before.account_uuid, before.account_name, AS_OF,
                           tuple(p if p.name != "Person 0" else MapPerson(p.uuid, p.name, manager=p.manager,
                                                                          attitude=Attitude.BLOCKER)
                                 for p in before.people), before.links)
    change = diff(snapshot(before), moved)
    for figure in (org_figure(moved, diff=change, baseline_name="QBR"),
                   grid_figure(moved, diff=change, lang="ru")):
        svg = io.BytesIO()
        save_figure(figure, svg, "svg")
        text = svg.getvalue().decode("utf-8")
        assert "Михаил" in text
        png = io.BytesIO()
        save_figure(figure, png, "png")
        assert png.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ValidationError):
        save_figure(org_figure(before), io.BytesIO(), "pdf")

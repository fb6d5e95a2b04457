"""Encoding detection: UTF-8 with and without BOM, and the Russian 8-bit code pages,
where KOI8-R also decodes as Windows-1251 without an error."""

from __future__ import annotations

import pytest

from planner.importers.encodings import decode_bytes, decode_with, detect_encoding, russian_score

SAMPLES = [
    "Дата;Номер заказа;Контрагент;Сумма\n03.03.2025;З-001;ООО 'Уралсталь';1 234,50\n",
    "ФИО;Должность;Телефон\nИванов Иван Иванович;Главный инженер;+7 912 000 00 00\n",
    "Дата",
    "ООО",
    "Иванов И.И.",
    "Звонок по поводу поставки проката, клиент недоволен сроками.",
]


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-8", "cp866"])
def test_russian_text_is_read_in_its_own_encoding(text, encoding):
    data = text.encode(encoding)
    detected = detect_encoding(data, complete=True)
    assert data.decode(detected) == text


def test_bom_wins():
    assert detect_encoding("\ufeffДата;Сумма".encode("utf-8")) == "utf-8-sig"
    assert detect_encoding("Дата".encode("utf-16")) == "utf-16"


def test_koi8_read_as_cp1251_scores_lower():
    text = "Поставка задерживается на две недели"
    wrong = text.encode("koi8_r").decode("cp1251")
    assert russian_score(text) > russian_score(wrong) + 0.5


def test_western_text_is_not_taken_for_cyrillic():
    data = "Müller café, Zürich straße, Geschäftsführer".encode("cp1252")
    assert detect_encoding(data, complete=True) not in ("cp1251", "koi8_r", "cp866")


def test_cut_utf8_at_the_sample_end_is_still_utf8():
    data = "Поставка".encode()
    assert detect_encoding(data[:-1]) == "utf-8"


def test_decode_helpers():
    assert decode_with("Привет".encode("cp1251"), "x-unknown") == "Привет"
    assert decode_with("Привет".encode("koi8_r"), "koi8-r") == "Привет"
    assert decode_bytes(b"") == "" and decode_bytes("Zürich".encode()) == "Zürich"
    assert decode_bytes(b"\xb4!") == "´!"

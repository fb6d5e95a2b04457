"""Spreadsheets: header recognition (English and Russian), separators, encodings, the
header row found below a title, row conversion with rejections, and xlsx."""

from __future__ import annotations

import tracemalloc
from datetime import date
from decimal import Decimal

import pytest

from planner.importers.columns import header_signature, recognise
from planner.importers.records import OrderLineRecord, SurveyRecord, TicketRecord
from planner.importers.report import ImportFailure, Reason, Rejection
from planner.importers.sheet_rows import RowReader, convert_row
from planner.importers.spreadsheet import choose_delimiter, open_sheet, resolve_mapping


@pytest.mark.parametrize(
    ("headers", "target"),
    [
        (
            ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"],
            "orders",
        ),
        (["Номер заказа", "Дата", "Клиент", "Номенклатура", "Кол-во", "Цена", "Сумма, руб"], "orders"),
        (["ФИО", "Должность", "E-mail", "Телефон", "Компания"], "contacts"),
        (["First Name", "Last Name", "E-mail Address", "Company"], "contacts"),
        (["Дата", "Тип", "Тема", "Контакт", "Комментарий"], "interactions"),
        (["Номер обращения", "Тема", "Дата создания", "Приоритет", "Статус"], "tickets"),
        (["Дата", "Оценка", "Комментарий", "Клиент"], "surveys"),
        (["Номер поставки", "Номер заказа", "Плановая дата", "Фактическая дата", "Перевозчик"], "deliveries"),
    ],
)
def test_headers_are_recognised(headers, target):
    mapping = recognise(headers)
    assert mapping is not None and mapping.target == target and not mapping.missing()


def test_unknown_headers_and_signatures():
    assert recognise(["Foo", "Bar"]) is None
    assert header_signature(["Дата", "Сумма"]) == header_signature([" дата ", "СУММА"])
    with pytest.raises(ImportFailure) as caught:
        resolve_mapping(["Дата", "Сумма"], wanted="orders", given=None, remembered=None)
    assert caught.value.rejection.reason is Reason.MISSING_COLUMNS
    with pytest.raises(ImportFailure) as caught:
        resolve_mapping(["Дата", "Сумма"], wanted="orders", given={"Дата": "colour"}, remembered=None)
    assert caught.value.rejection.reason is Reason.BAD_MAPPING


def test_delimiters():
    assert choose_delimiter(["a;b;c\n", "1;2,5;3\n"]) == ";"
    assert choose_delimiter(["a,b,c\n", "1,2,3\n"]) == ","
    assert choose_delimiter(["a\tb\tc\n", "1\t2,5\t3\n"]) == "\t"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_r"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_in_any_encoding_and_separator(tmp_path, encoding, delimiter):
    lines = [
        ["Отчёт по заказам"],
        [],
        ["Номер", "Дата", "Товар", "Кол-во", "Сумма"],
        ["З-1", "03.03.2025", "Лист стальной", "1 200", "1 234,50"],
    ]
    quoted = [[f'"{c}"' if delimiter in c else c for c in row] for row in lines]
    path = tmp_path / "orders.csv"
    path.write_bytes("\r\n".join(delimiter.join(r) for r in quoted).encode(encoding))
    with open_sheet(path, "csv") as sheet:
        assert sheet.headers == lines[2] and sheet.header_row == 3
        rows = list(sheet.rows())
    assert rows == [(4, lines[3])]


def test_xlsx(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing here"])
    sheet = book.create_sheet("Заказы")
    sheet.append(["Номер", "Дата", "Товар", "Кол-во", "Сумма"])
    sheet.append([536365, date(2025, 3, 3), "Уголок", 10, 99.9])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    with open_sheet(path, "xlsx") as opened:
        assert opened.sheet_name == "Заказы"
        mapping = resolve_mapping(opened.headers, wanted=None, given=None, remembered=None)
        reader = RowReader(mapping, opened.sample)
        [(number, row)] = list(opened.rows())
    record = convert_row("orders", reader, number, row, "-")
    assert isinstance(record, OrderLineRecord)
    assert (record.number, record.ordered_on, record.amount) == ("536365", date(2025, 3, 3), Decimal("99.90"))


def _reader(headers, rows):
    mapping = resolve_mapping(headers, wanted=None, given=None, remembered=None)
    return mapping.target, RowReader(mapping, list(enumerate(rows, start=2)))


def test_rows_become_records_or_precise_rejections():
    headers = ["InvoiceNo", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"]
    rows = [
        ["536365", "WHITE HANGING HEART", "6", "12/1/2010 8:26", "2.55", "17850"],
        ["C536379", "Discount", "-1", "12/13/2010 9:41", "27.5", "14527"],
        ["536366", "HAND WARMER", "six", "12/1/2010 8:28", "1.85", "17850"],
        ["536367", "", "1", "12/1/2010 8:34", "1", "13047"],
    ]
    target, reader = _reader(headers, rows)
    out = [convert_row(target, reader, n, row, "-") for n, row in enumerate(rows, start=2)]
    assert out[0].ordered_on == date(2010, 12, 1)  # month-first column, told by 12/13
    assert out[0].amount == Decimal("15.30") and out[0].account_name == "17850"
    assert out[1] == Rejection(Reason.NEGATIVE, 3, "Quantity", "-1")
    assert out[2] == Rejection(Reason.BAD_NUMBER, 4, "Quantity", "six")
    assert out[3] == Rejection(Reason.MISSING_VALUE, 5, "Description", None)


def test_tickets_and_surveys_in_russian():
    row = ["T-1", "Брак партии", "01.02.2025 10:00", "Высокий", "Решена", "03.02.2025"]
    target, reader = _reader(
        ["Номер обращения", "Тема", "Дата создания", "Приоритет", "Статус", "Решено"], [row]
    )
    ticket = convert_row(target, reader, 2, row, "acc")
    assert isinstance(ticket, TicketRecord)
    assert (ticket.severity.value, ticket.status.value, ticket.key) == ("high", "resolved", "ticket:acc:T-1")
    target, reader = _reader(["Дата", "Оценка NPS", "Комментарий", "E-mail"], [])
    survey = convert_row(target, reader, 2, ["01.02.2025", "9", "Хорошо", "Anna@X.ru"], "-")
    assert isinstance(survey, SurveyRecord) and (survey.kind.value, survey.scale_max) == ("nps", 10)
    assert survey.person_email == "anna@x.ru"
    too_high = convert_row(target, reader, 3, ["01.02.2025", "11", "", ""], "-")
    assert too_high.reason is Reason.BAD_NUMBER


def test_junk_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "junk.csv"
    with path.open("wb") as handle:
        handle.write(b"a;b\n")
        handle.write(b"x" * (8 * 1024 * 1024))
    tracemalloc.start()
    with pytest.raises(ImportFailure) as caught, open_sheet(path, "csv") as sheet:
        list(sheet.rows())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert caught.value.rejection.reason is Reason.BINARY
    assert peak < 4 * 1024 * 1024  # refused from a sample, not after reading 8 MB


def test_wrong_encoding_midway_is_a_failed_file(tmp_path):
    path = tmp_path / "mixed.csv"
    head = "Номер;Дата;Товар;Кол-во;Сумма\n".encode()  # a UTF-8 sample, cp1251 far below it
    body = "З-1;03.03.2025;Лист;1;1\n".encode() * 20000 + "З-2;03.03.2025;Лист;1;1\n".encode("cp1251")
    path.write_bytes(head + body)
    with pytest.raises(ImportFailure) as caught, open_sheet(path, "csv") as sheet:
        list(sheet.rows())
    assert caught.value.rejection.reason is Reason.ENCODING

"""Reading text files whose encoding and delimiter nobody wrote down."""

from __future__ import annotations

from pathlib import Path

import pytest

from showroom.customers.tabular import decode_text, detect_delimiter, open_table

# Names that are hard for the GB18030 check: accented letters next to each other, at the
# start or the end of a word, in every Western European language Windows-1252 covers.
LATIN_NAMES = [
    "Müller",
    "Lefèvre",
    "Françoise",
    "Jérôme",
    "Ångström",
    "Ærøskøbing",
    "Sørensen",
    "Nuñez",
    "João",
    "Gonçalves",
    "Renée",
    "Désirée",
    "Hélène",
    "Bøe",
    "Öztürk",
    "Strauß",
    "Weiß",
    "Çelik",
    "Chloé",
    "Zoë",
    "Noël",
    "Thérèse",
    "Åse",
    "Kröger",
    "Núñez",
    "Ibáñez",
    "Gómez",
    "García",
    "Jiménez",
    "Émile",
    "Léa",
    "Maëlle",
    "Loïc",
    "Anaïs",
    "Côté",
    "Bélanger",
    "Lévesque",
    "Häßler",
    "Größe",
    "Süß",
    "Jäger",
    "Weißmüller",
    "Ólafur",
    "Þór",
    "Æsa",
    "Íñigo",
    "Ñoño",
    "Bärbel",
    "créée",
    "Häßlich",
]
# Common and rare (outside GB2312: 喆 堃 旻 玥 昱 翀 珺) characters of Chinese names.
CHINESE_NAMES = [
    "王伟",
    "李娜",
    "张敏",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄丽",
    "周杰",
    "吴昊",
    "徐鑫",
    "孙悦",
    "马骏",
    "朱婷",
    "胡斌",
    "郭靖",
    "何炅",
    "高圆圆",
    "林俊杰",
    "罗喆",
    "欧阳娜",
    "司马懿",
    "诸葛亮",
    "王喆",
    "李堃",
    "张旻",
    "刘玥",
    "陈昱",
    "杨翀",
    "赵珺",
]


@pytest.mark.parametrize("name", LATIN_NAMES)
def test_a_windows_1252_file_of_one_name_is_not_taken_for_chinese(name: str) -> None:
    data = f"Name,Phone\r\n{name},+44 7400 123456\r\n".encode("cp1252")
    assert decode_text(data) == (data.decode("cp1252"), "cp1252")


@pytest.mark.parametrize("name", CHINESE_NAMES)
@pytest.mark.parametrize("template", ["姓名\n{}\n", "Name,Phone\n{},+86 131 2345 6789\n"])
def test_a_gb18030_file_of_one_name_is_read_as_chinese(name: str, template: str) -> None:
    content = template.format(name)
    assert decode_text(content.encode("gb18030")) == (content, "gb18030")


def test_utf8_utf16_and_the_bytes_windows_1252_lacks() -> None:
    text = "Name;Notes\nZoë;王伟 iPhone用户\n"
    assert decode_text(text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode_text(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode_text(text.encode("utf-16")) == (text, "utf-16")
    # 0x81 is undefined in Windows-1252: it becomes the control character U+0081, which
    # validation refuses in the row that holds it, rather than refusing the whole file.
    assert decode_text(b"Name\nA\x81B\n") == ("Name\nA\x81B\n", "cp1252")
    mixed = "姓名,备注\n王伟,iPhone用户\n李娜,BMW车主 VIP\n"
    assert decode_text(mixed.encode("gb18030")) == (mixed, "gb18030")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Name,Phone\nAnn,1\n", ","),
        ("Name;Phone\nAnn;1\n", ";"),
        ("Name\tPhone\nAnn\t1\n", "\t"),
        ('Name,Address\n"Lee; Ann","1; High St"\n"Ray; Bob","2; Low St"\n', ","),
        ('Name;Address\n"Lee, Ann";"1, High St"\nRay, Bob;2, Low St\n', ";"),
        ("Name\nAnn Lee\nBob Ray\n", ","),
        ("Name;Phone;Email\n", ";"),
    ],
)
def test_delimiters(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


def test_line_numbers_follow_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        '\n\nName,Notes\nAnn,"two\nlines"\n\nBob,x\r\nCy,"a\r\nb\r\nc"\nDi,\n', encoding="utf-8"
    )
    table = open_table(path)
    assert table.header_line == 3
    assert [(line, list(cells)) for line, cells in table.rows()] == [
        (4, ["Ann", "two\nlines"]),
        (7, ["Bob", "x"]),
        (8, ["Cy", "a\r\nb\r\nc"]),
        (11, ["Di", ""]),
    ]
    assert table.describe() == "CSV, UTF-8, separated by commas"

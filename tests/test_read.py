"""Finding article files in the watched folder and decoding whatever encoding they come in."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from stancewatch.read import (
    DEFAULT_MAX_BYTES,
    FoundFile,
    RejectedContent,
    decode_bytes,
    read_file,
    rejection_for,
    scan_folder,
)

TEXT = "Poetin zei “één ding”: de sancties zijn ‘onaanvaardbaar’ – ook voor België en Curaçao."


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- decode_bytes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "cp1252"],
)
def test_every_common_encoding_decodes_to_the_same_text(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_latin1_accents_stay_accents() -> None:
    assert decode_bytes("Café in Genève, één dag".encode("latin-1")) == "Café in Genève, één dag"


def test_byte_undefined_in_windows_1252_falls_back_to_latin1() -> None:
    # 0x81 has no Windows-1252 character; the rest of the file must still decode
    assert decode_bytes(b"Caf\xe9 \x81 en meer tekst") == "Café \x81 en meer tekst"


def test_utf16_without_bom_is_recognised_by_its_nul_pattern() -> None:
    assert decode_bytes("Het Kremlin reageerde.".encode("utf-16-le")) == "Het Kremlin reageerde."
    assert decode_bytes("Het Kremlin reageerde.".encode("utf-16-be")) == "Het Kremlin reageerde."


def test_mostly_utf8_with_a_stray_windows_1252_byte_keeps_both_right() -> None:
    data = "één België ".encode() + b"caf\xe9"
    assert decode_bytes(data) == "één België café"


def test_utf8_bom_is_not_part_of_the_text() -> None:
    assert not decode_bytes(codecs.BOM_UTF8 + b"Tekst").startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "reason_part"),
    [
        (b"", "empty"),
        (b"  \n\r\n\t  ", "only whitespace"),
        (codecs.BOM_UTF8 + b"\n\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"PK\x03\x04" + b"\x14\x00" * 50, "ZIP archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"tekst\x00met\x00nul\x00bytes en nog veel meer tekst zonder patroon", "NUL bytes"),
        (bytes(range(1, 32)) * 20 + b"abc", "control bytes"),
        (codecs.BOM_UTF16_LE + b"a\x00b", "not valid UTF-16"),
        (b"{\\rtf1\\ansi tekst}", "RTF"),
    ],
    ids=["empty", "whitespace", "bom-whitespace", "png", "zip", "pdf", "jpeg", "nul", "ctrl",
         "bad-utf16", "rtf"],
)  # fmt: skip
def test_non_text_content_is_rejected_with_a_readable_reason(data: bytes, reason_part: str) -> None:
    with pytest.raises(RejectedContent) as caught:
        decode_bytes(data)
    assert reason_part in caught.value.reason
    assert caught.value.content_sha256 == hashlib.sha256(data).hexdigest()


def test_text_full_of_replacement_characters_is_undecodable() -> None:
    with pytest.raises(RejectedContent, match="undecodable"):
        decode_bytes(("\ufffd" * 30 + " tekst").encode("utf-8"))


def test_a_few_stray_nul_bytes_in_a_long_text_are_dropped() -> None:
    data = ("Het Kremlin reageerde op de sancties. " * 100).encode() + b"\x00\x00"
    assert decode_bytes(data) == "Het Kremlin reageerde op de sancties. " * 100


def test_old_dos_end_of_file_mark_does_not_make_a_file_binary() -> None:
    assert decode_bytes(b"Een gewone tekst van vroeger.\r\n\x1a").startswith("Een gewone")


# --- scan_folder ----------------------------------------------------------------------------


def test_scan_finds_nested_txt_files_with_spaces_and_accents_sorted(tmp_path: Path) -> None:
    _write(tmp_path / "2025" / "07" / "stuk één.txt", TEXT)
    _write(tmp_path / "a.TXT", TEXT)
    _write(tmp_path / "Zeer oud" / "b.Txt", TEXT)
    _write(tmp_path / "notities.md", TEXT)
    _write(tmp_path / "foto.png", b"\x89PNG")
    found, rejected = scan_folder(tmp_path)
    assert [f.source_file for f in found] == ["2025/07/stuk één.txt", "Zeer oud/b.Txt", "a.TXT"]
    assert rejected == []
    first = found[0]
    assert first.path == (tmp_path / "2025" / "07" / "stuk één.txt").resolve()
    assert first.path.is_absolute()
    assert first.size == len(TEXT.encode())
    assert first.mtime_ns == os.stat(first.path).st_mtime_ns


def test_hidden_folders_are_skipped_and_hidden_txt_files_rejected(tmp_path: Path) -> None:
    _write(tmp_path / ".verborgen.txt", TEXT)
    _write(tmp_path / ".git" / "x.txt", TEXT)
    _write(tmp_path / "zichtbaar.txt", TEXT)
    found, rejected = scan_folder(tmp_path)
    assert [f.source_file for f in found] == ["zichtbaar.txt"]
    assert [(r.source_file, r.reason.split(" (")[0]) for r in rejected] == [
        (".verborgen.txt", "hidden file")
    ]


def test_empty_file_is_rejected_at_scan_with_its_hash(tmp_path: Path) -> None:
    _write(tmp_path / "leeg.txt", b"")
    found, rejected = scan_folder(tmp_path)
    assert found == []
    assert rejected[0].source_file == "leeg.txt"
    assert rejected[0].reason == "empty file (0 bytes)"
    assert rejected[0].content_sha256 == hashlib.sha256(b"").hexdigest()


def test_file_over_the_limit_is_rejected_unread_with_the_limit_in_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "groot.txt", b"x" * 101)
    _write(tmp_path / "klein.txt", b"x" * 100)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("scan_folder must not open files")

    monkeypatch.setattr("builtins.open", no_reading)
    found, rejected = scan_folder(tmp_path, max_bytes=100)
    assert [f.source_file for f in found] == ["klein.txt"]
    assert rejected[0].source_file == "groot.txt"
    assert "101 bytes" in rejected[0].reason and "limit is 100 bytes" in rejected[0].reason
    assert rejected[0].content_sha256 is None


def test_link_to_a_file_outside_the_folder_is_rejected(tmp_path: Path) -> None:
    watched, outside = tmp_path / "watched", tmp_path / "outside"
    secret = _write(outside / "geheim.txt", TEXT)
    watched.mkdir()
    (watched / "link.txt").symlink_to(secret)
    found, rejected = scan_folder(watched)
    assert found == []
    assert rejected[0].source_file == "link.txt"
    assert rejected[0].reason == f"link points outside the watched folder: {secret.resolve()}"


def test_link_to_a_folder_outside_is_rejected_and_not_walked(tmp_path: Path) -> None:
    watched, outside = tmp_path / "watched", tmp_path / "outside"
    _write(outside / "a.txt", TEXT)
    _write(watched / "eigen.txt", TEXT)
    (watched / "extern").symlink_to(outside, target_is_directory=True)
    found, rejected = scan_folder(watched)
    assert [f.source_file for f in found] == ["eigen.txt"]
    assert [r.source_file for r in rejected] == ["extern"]
    assert "link points outside the watched folder" in rejected[0].reason


def test_links_inside_the_folder_are_followed(tmp_path: Path) -> None:
    target = _write(tmp_path / "archief" / "stuk.txt", TEXT)
    (tmp_path / "snelkoppeling.txt").symlink_to(target)
    (tmp_path / "map-link").symlink_to(tmp_path / "archief", target_is_directory=True)
    found, rejected = scan_folder(tmp_path)
    names = [f.source_file for f in found]
    assert "snelkoppeling.txt" in names and "archief/stuk.txt" in names
    assert all(f.path == target.resolve() for f in found)
    assert rejected == []


def test_broken_link_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "weg.txt").symlink_to(tmp_path / "bestaat-niet.txt")
    found, rejected = scan_folder(tmp_path)
    assert found == []
    assert rejected[0].source_file == "weg.txt"
    assert rejected[0].reason.startswith("broken link")


def test_directory_link_loop_does_not_hang(tmp_path: Path) -> None:
    _write(tmp_path / "a" / "stuk.txt", TEXT)
    (tmp_path / "a" / "terug").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a" / "zelf").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "lus1").symlink_to(tmp_path / "lus2")
    (tmp_path / "lus2").symlink_to(tmp_path / "lus1")
    found, _ = scan_folder(tmp_path)
    assert [f.source_file for f in found] == ["a/stuk.txt"]


def test_watched_folder_given_through_a_link_works(tmp_path: Path) -> None:
    real = tmp_path / "echt"
    _write(real / "stuk.txt", TEXT)
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    found, rejected = scan_folder(tmp_path / "alias")
    assert [f.source_file for f in found] == ["stuk.txt"] and rejected == []


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        scan_folder(tmp_path / "bestaat-niet")


# --- read_file ------------------------------------------------------------------------------


def _found(path: Path, root: Path) -> FoundFile:
    st = path.stat()
    return FoundFile(path.relative_to(root).as_posix(), path.resolve(), st.st_size, st.st_mtime_ns)


def test_read_file_returns_raw_bytes_and_text(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")
    found = _found(_write(tmp_path / "s.txt", data), tmp_path)
    raw, text = read_file(found)
    assert raw == data and text == TEXT


def test_read_file_of_a_vanished_file_raises_file_not_found(tmp_path: Path) -> None:
    path = _write(tmp_path / "s.txt", TEXT)
    found = _found(path, tmp_path)
    path.unlink()
    with pytest.raises(FileNotFoundError):
        read_file(found)


def test_file_grown_past_the_limit_since_the_scan_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path / "s.txt", "kort")
    found = _found(path, tmp_path)
    path.write_bytes(b"x" * 50)
    with pytest.raises(RejectedContent, match="limit is 10 bytes"):
        read_file(found, max_bytes=10)


def test_binary_file_named_txt_becomes_a_rejection_with_hash(tmp_path: Path) -> None:
    data = b"%PDF-1.4\n\x00\x01binary"
    found = _found(_write(tmp_path / "eigenlijk-pdf.txt", data), tmp_path)
    with pytest.raises(RejectedContent) as caught:
        read_file(found)
    rejection = rejection_for(found, caught.value)
    assert rejection.source_file == "eigenlijk-pdf.txt"
    assert "PDF" in rejection.reason
    assert rejection.content_sha256 == hashlib.sha256(data).hexdigest()


def test_unreadable_file_is_rejected_not_crashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _found(_write(tmp_path / "slot.txt", TEXT), tmp_path)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("stancewatch.read.os.open", denied)
    with pytest.raises(RejectedContent, match="permission denied"):
        read_file(found)


def test_default_limit_is_five_megabytes() -> None:
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024

"""Find article files in the watched folder and turn their bytes into text.

Analysts drop whatever they have into the folder: UTF-8 with or without BOM, UTF-16 exports,
Windows-1252 files from old tools, and by mistake PDFs, images and empty files. This module decides
which files are articles and decodes them; anything else becomes a `Rejection` with a reason a
user understands, so nothing disappears silently.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_SUFFIX = ".txt"
_SNIFF_BYTES = 64 * 1024
# share of control bytes (outside tab/newline/carriage return/form feed) that makes a file binary
_MAX_CONTROL_SHARE = 0.02
# share of undecodable or invisible characters that makes decoded text unusable
_MAX_GARBAGE_SHARE = 0.02

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
)
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# 0x1a (old DOS end-of-file mark) and 0x1b (escape) are tolerated
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x19\x1c-\x1f\x7f]")
# a well-formed UTF-8 multi-byte sequence (2, 3 or 4 bytes)
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# characters that must not make up a visible share of an article
_GARBAGE_CHARS = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


class RejectedContent(ValueError):
    """The bytes are not a readable text article; `reason` says why in plain words."""

    def __init__(self, reason: str, content_sha256: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.content_sha256 = content_sha256


_Reject = Callable[[str], RejectedContent]


@dataclass(frozen=True)
class FoundFile:
    """A candidate article file: `source_file` is the POSIX path relative to the watched folder."""

    source_file: str
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Rejection:
    """A file that will not be ingested, with a reason a user understands."""

    source_file: str
    reason: str
    content_sha256: str | None


def _cp1252_or_latin1(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode a byte Windows-1252 leaves undefined as Latin-1."""
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start : error.end]
    return bytes(chunk).decode("cp1252", errors="_stancewatch_latin1"), error.end


def _latin1(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return bytes(error.object[error.start : error.end]).decode("latin-1"), error.end


codecs.register_error("_stancewatch_latin1", _latin1)
codecs.register_error("_stancewatch_cp1252", _cp1252_or_latin1)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _size_reason(size: int, max_bytes: int) -> str:
    return (
        f"file too large ({size:,} bytes; the limit is {max_bytes:,} bytes)"
        " - articles are much smaller, is this an export of many articles?"
    )


_HIDDEN_REASON = "hidden file (its name starts with a dot); not read as an article"


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def scan_folder(
    root: Path, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[FoundFile], list[Rejection]]:
    """List the *.txt files under `root` (recursively) and the ones that must be rejected.

    Links are followed only while they stay inside `root`; a directory reached twice (a link
    loop, or two links to one folder) is walked once. Files are not opened here, except that
    an empty file is rejected at once. Both lists are sorted by `source_file`.
    """
    root = Path(root)
    real_root = root.resolve(strict=True)
    if not real_root.is_dir():
        raise NotADirectoryError(f"not a folder: {root}")
    found: list[FoundFile] = []
    rejected: list[Rejection] = []
    visited: set[Path] = {real_root}
    stack: list[tuple[Path, str]] = [(real_root, "")]
    while stack:
        directory, rel_dir = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            reason = f"folder cannot be read: {exc.strerror}"
            rejected.append(Rejection(rel_dir or ".", reason, None))
            continue
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            if _is_hidden(entry.name):
                # hidden folders (.git, .cache) are not articles; a hidden .txt file is
                # accounted for, so nobody wonders where it went
                if entry.name.lower().endswith(_SUFFIX) and not entry.is_dir(follow_symlinks=False):
                    rejected.append(Rejection(rel, _HIDDEN_REASON, None))
                continue
            _scan_entry(entry, rel, real_root, max_bytes, visited, stack, found, rejected)
    found.sort(key=lambda f: f.source_file)
    rejected.sort(key=lambda r: r.source_file)
    return found, rejected


def _scan_entry(
    entry: os.DirEntry[str],
    rel: str,
    real_root: Path,
    max_bytes: int,
    visited: set[Path],
    stack: list[tuple[Path, str]],
    found: list[FoundFile],
    rejected: list[Rejection],
) -> None:
    """Classify one directory entry: descend, accept, reject or ignore it."""
    looks_like_article = entry.name.lower().endswith(_SUFFIX)
    path = Path(entry.path)
    try:
        is_link = entry.is_symlink()
        real = path.resolve(strict=True) if is_link else path
    except (FileNotFoundError, RuntimeError, OSError):
        # broken link or a link loop that cannot be resolved
        if looks_like_article or _link_may_be_dir(path):
            reason = f"broken link: its target does not exist: {_link_target(path)}"
            rejected.append(Rejection(rel, reason, None))
        return
    if is_link and not real.is_relative_to(real_root):
        if looks_like_article or real.is_dir():
            rejected.append(Rejection(rel, f"link points outside the watched folder: {real}", None))
        return
    try:
        st = real.stat()
    except OSError as exc:
        if looks_like_article:
            rejected.append(Rejection(rel, f"file cannot be read: {exc.strerror}", None))
        return
    # one stat per entry: folders are walked from their real path, so `real` is already
    # resolved (a link was resolved above); no further stat or realpath calls per file
    if stat.S_ISDIR(st.st_mode):
        if real in visited:
            return  # link loop or second link to a folder already walked
        visited.add(real)
        stack.append((real, rel))
        return
    if not looks_like_article or not stat.S_ISREG(st.st_mode):
        return
    if st.st_size > max_bytes:
        rejected.append(Rejection(rel, _size_reason(st.st_size, max_bytes), None))
        return
    if st.st_size == 0:
        rejected.append(Rejection(rel, "empty file (0 bytes)", _sha256(b"")))
        return
    found.append(FoundFile(rel, real, st.st_size, st.st_mtime_ns))


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "(unknown)"


def _link_may_be_dir(path: Path) -> bool:
    """A broken link without a .txt name is reported only when it could have been a folder."""
    return "." not in _link_target(path).rsplit("/", 1)[-1]


def decode_bytes(data: bytes) -> str:
    """Decode an article's bytes whatever encoding it was saved in.

    Order: byte order mark (UTF-8/16/32), binary check, strict UTF-8, UTF-8 with stray
    Windows-1252 bytes, then Windows-1252 (Latin-1 for its five undefined bytes).
    Raises RejectedContent for empty, binary or undecodable content.
    """
    if not data:
        raise RejectedContent("empty file (0 bytes)", _sha256(data))

    def reject(reason: str) -> RejectedContent:
        return RejectedContent(reason, _sha256(data))

    text = _decode_with_bom(data, reject)
    if text is None:
        text = _decode_without_bom(data, reject)
    _check_text(text, len(data), reject)
    return text


def _decode_with_bom(data: bytes, reject: _Reject) -> str | None:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise reject(
                    f"undecodable text: the file says it is {label} but is not valid {label}"
                ) from exc
    return None


def _decode_without_bom(data: bytes, reject: _Reject) -> str:
    sample = data[:_SNIFF_BYTES]
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            raise reject(f"binary file: looks like {what}, not a text article")
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        if data.count(0) > len(data) // 1000:
            raise reject("binary file: contains NUL bytes, not a text article")
        data = data.replace(b"\x00", b"")  # a few stray NULs (padding) in a text file
        sample = data[:_SNIFF_BYTES]
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls > max(2, _MAX_CONTROL_SHARE * len(sample)):
        raise reject("binary file: contains many control bytes, not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    valid_multi = len(_UTF8_MULTI.findall(data))
    high = len(_HIGH_BYTE.findall(data))
    stray = high - sum(len(m) for m in _UTF8_MULTI.findall(data))
    if valid_multi and valid_multi >= stray:
        # mostly UTF-8 with a few Windows-1252 bytes pasted in
        return data.decode("utf-8", errors="_stancewatch_cp1252")
    return data.decode("cp1252", errors="_stancewatch_latin1")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII-heavy text has NUL in every other byte."""
    if len(data) % 2:
        return None
    sample = data[:_SNIFF_BYTES]
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        codec = "utf-16-le"
    elif even_nul > 0.3 * half and odd_nul < 0.05 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _check_text(text: str, n_bytes: int, reject: _Reject) -> None:
    if not text.strip():
        raise reject(f"empty file: only whitespace ({n_bytes:,} bytes)")
    garbage = len(_GARBAGE_CHARS.findall(text))
    if garbage > max(2, _MAX_GARBAGE_SHARE * len(text)):
        raise reject("undecodable text: too many unreadable or control characters")


def read_file(found: FoundFile, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """Read and decode one found file: returns (raw bytes, text).

    The size is checked again (the file may have grown since the scan) without reading more
    than `max_bytes + 1` bytes. Raises RejectedContent; FileNotFoundError when it vanished.
    """
    try:
        # found.path is already resolved: a link there now was swapped in after the scan
        fd = os.open(found.path, os.O_RDONLY | os.O_NOFOLLOW)
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RejectedContent(
                "the file was replaced by a link after the folder was scanned; not read"
            ) from exc
        raise _os_rejection(exc) from exc
    if len(data) > max_bytes:
        size = max(len(data), _current_size(found.path))
        raise RejectedContent(_size_reason(size, max_bytes))
    return data, decode_bytes(data)


def _os_rejection(exc: OSError) -> RejectedContent:
    if isinstance(exc, IsADirectoryError):
        return RejectedContent("not a file but a folder")
    if isinstance(exc, PermissionError):
        return RejectedContent("file cannot be read: permission denied")
    return RejectedContent(f"file cannot be read: {exc.strerror or exc}")


def _current_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def rejection_for(found: FoundFile, error: RejectedContent) -> Rejection:
    """The Rejection to record for a file whose content was refused."""
    return Rejection(found.source_file, error.reason, error.content_sha256)

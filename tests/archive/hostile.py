#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Builds one hostile (or one good) archive for the archive tests: hostile.py KIND OUT."""
import io
import struct
import sys
import tarfile
import zipfile
import zlib


def zip_entries(out, entries):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name), data)


def zip_unix_entry(out, name, unix_mode, data):
    """One entry "made by" Unix with the file type and permissions in unix_mode."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = unix_mode << 16
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(info, data)


def tar_entries(out, members, mode="w:gz"):
    with tarfile.open(out, mode, format=tarfile.GNU_FORMAT) as archive:
        for info, data in members:
            archive.addfile(info, io.BytesIO(data) if data is not None else None)


def file_info(name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def link_info(name, target, kind=tarfile.SYMTYPE):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info, None


def gzip_tar_bomb(out, gib):
    """A tar.gz of a few MB whose single member inflates to gib GiB of zeros. Deflate blocks
    ended by a full flush are byte aligned and independent of earlier data, so one compressed
    64 MiB block is repeated instead of compressing gigabytes here."""
    size = gib << 30
    header = tarfile.TarInfo("silence.wav")
    header.size = size
    header_bytes = header.tobuf(format=tarfile.GNU_FORMAT)
    chunk = 64 << 20
    zeros = bytes(chunk)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(header_bytes) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    end = tail.compress(bytes(1024)) + tail.flush()
    crc = zlib.crc32(header_bytes)
    for _ in range(size // chunk):
        crc = zlib.crc32(zeros, crc)
    crc = zlib.crc32(bytes(1024), crc)
    total = len(header_bytes) + size + 1024
    with open(out, "wb") as target:
        target.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff")
        target.write(first)
        for _ in range(size // chunk):
            target.write(block)
        target.write(end)
        target.write(struct.pack("<II", crc, total & 0xFFFFFFFF))


def zstd_frame(parts):
    """A zstd frame written by hand, so no zstd module is needed: bytes go into raw blocks, an int
    n into RLE blocks of n zeros (4 bytes per 128 KiB, so gigabytes cost kilobytes)."""
    block_max = 128 << 10
    blocks = []
    for part in parts:
        if isinstance(part, int):
            for start in range(0, part, block_max):
                blocks.append((1, min(block_max, part - start), b"\0"))
        else:
            for start in range(0, len(part), block_max):
                chunk = part[start:start + block_max]
                blocks.append((0, len(chunk), chunk))
    frame = bytearray(struct.pack("<I", 0xFD2FB528))
    frame += bytes([0x00, 0x38])  # no content size, no checksum; window 2^17 (one block)
    for i, (kind, size, payload) in enumerate(blocks):
        last = 1 if i == len(blocks) - 1 else 0
        frame += struct.pack("<I", last | kind << 1 | size << 3)[:3] + payload
    return bytes(frame)


def tar_bytes(members, format=tarfile.GNU_FORMAT):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=format) as archive:
        for info, data in members:
            archive.addfile(info, io.BytesIO(data) if data is not None else None)
    return buffer.getvalue()


def zip64_end_records(data, disk=0, disks=1):
    """data (a ZIP) with a ZIP64 end record and locator before the end record, whose own fields
    are then 0xffff placeholders, as writers of ZIP64 archives set them."""
    end = data.rfind(b"PK\x05\x06")
    _, _, _, count, _, size, offset, comment = struct.unpack("<IHHHHIIH", data[end:end + 22])
    zip64_at = end
    record = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, disk, disk, count, count, size, offset)
    locator = struct.pack("<IIQI", 0x07064B50, disk, zip64_at, disks)
    placeholder = struct.pack("<IHHHHIIH", 0x06054B50, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF,
                              0xFFFFFFFF, 0xFFFFFFFF, comment)
    return data[:end] + record + locator + placeholder + data[end + 22:]


def main(kind, out):
    good = [("stems/drums.wav", b"RIFF" + bytes(5000)), ("stems/bass.wav", b"RIFF" + b"\x01" * 7000)]
    if kind == "good-zip":
        zip_entries(out, good)
    elif kind == "good-tar":
        tar_entries(out, [file_info(n, d) for n, d in good])
    elif kind == "zip-slip":
        zip_entries(out, good + [("../evil.txt", b"owned")])
    elif kind == "zip-absolute":
        zip_entries(out, [("/tmp/imprint-absolute-evil.txt", b"owned")])
    elif kind == "tar-dotdot":
        tar_entries(out, [file_info("stems/../../evil.txt", b"owned")])
    elif kind == "tar-symlink-escape":
        tar_entries(out, [link_info("stems", "../.."), file_info("stems/evil.txt", b"owned")])
    elif kind == "tar-symlink-harmless":
        tar_entries(out, [file_info(n, d) for n, d in good] + [link_info("drums.wav", "stems/drums.wav")])
    elif kind == "tar-write-through-link":
        tar_entries(out, [link_info("inner", "stems"), file_info("inner/evil.txt", b"owned")])
    elif kind == "tar-hardlink-escape":
        tar_entries(out, [link_info("passwd", "../../etc/passwd", tarfile.LNKTYPE)])
    elif kind == "tar-device":
        info = tarfile.TarInfo("null")
        info.type = tarfile.CHRTYPE
        tar_entries(out, [(info, None)])
    elif kind == "zip-symlink-escape":
        zip_unix_entry(out, "stems", 0o120777, b"../..")
    elif kind == "zip-fifo":
        zip_unix_entry(out, "pipe", 0o010644, b"")
    elif kind == "zip-duplicate":
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("stems/a.wav", b"first")
            import warnings
            warnings.simplefilter("ignore")
            archive.writestr("stems/a.wav", b"second")
    elif kind == "tar-duplicate":
        tar_entries(out, [file_info("a.wav", b"first"), file_info("a.wav", b"second")])
    elif kind == "zip-bomb":
        # 256 MiB of zeros in about 250 KB; honest sizes, so the ratio check refuses it up front.
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            with archive.open("bomb.wav", "w") as entry:
                for _ in range(256):
                    entry.write(bytes(1 << 20))
    elif kind == "zip-lying-bomb":
        # The central directory declares 1 MiB; the deflate stream inflates to 64 MiB.
        zip_entries(out, [("liar.wav", bytes(64 << 20))])
        data = bytearray(open(out, "rb").read())
        central = data.find(b"PK\x01\x02")
        assert data[central + 24:central + 28] == struct.pack("<I", 64 << 20)
        data[central + 24:central + 28] = struct.pack("<I", 1 << 20)
        open(out, "wb").write(bytes(data))
    elif kind == "tar-gz-bomb":
        gzip_tar_bomb(out, 4)
    elif kind in ("zip-truncated", "tar-truncated"):
        body = [("stems/drums.wav", bytes(range(256)) * 4000)]
        if kind == "zip-truncated":
            zip_entries(out, body)
        else:
            tar_entries(out, [file_info(n, d) for n, d in body])
        data = open(out, "rb").read()
        open(out, "wb").write(data[: len(data) // 2])
    elif kind == "zip-encrypted":
        # Python writes no encrypted ZIPs; set the "encrypted" flag the way a password tool would.
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("secret.wav", b"RIFF" + bytes(100))
        data = bytearray(open(out, "rb").read())
        local = data.find(b"PK\x03\x04")
        central = data.find(b"PK\x01\x02")
        data[local + 6] |= 1
        data[central + 8] |= 1
        open(out, "wb").write(bytes(data))
    elif kind == "tar-deep-path":
        # A PAX path of 200 000 levels (400 KB): refused before its parents are ever looked at.
        info, data = file_info("a/" * 200000 + "deep.wav", b"RIFF")
        open(out, "wb").write(tar_bytes([(info, data)], tarfile.PAX_FORMAT))
    elif kind == "tar-depth-limit":
        # 256 levels pass, 257 do not.
        open(out, "wb").write(tar_bytes([file_info("d/" * 255 + "ok.wav", b"RIFF"),
                                         file_info("e/" * 256 + "deep.wav", b"RIFF")], tarfile.PAX_FORMAT))
    elif kind == "tar-dot-slash":
        # What `tar -C stems -cf pack.tar .` writes: the root as "./", every name under it.
        root = tarfile.TarInfo(".")
        root.type = tarfile.DIRTYPE
        folder = tarfile.TarInfo("./stems")
        folder.type = tarfile.DIRTYPE
        tar_entries(out, [(root, None), (folder, None)] + [file_info("./" + n, d) for n, d in good])
    elif kind == "tar-dot-slash-dotdot":
        tar_entries(out, [file_info("./../evil.txt", b"owned")])
    elif kind == "tar-cut-between":
        # A plain tar cut right after its first entry: every remaining header is whole, but the
        # second stem and the end-of-archive blocks are gone.
        data = tar_bytes([file_info(n, d) for n, d in good])
        open(out, "wb").write(data[:512 + (len(good[0][1]) + 511) // 512 * 512])
    elif kind == "tar-gz-cut-between":
        # A tar.gz whose compressed stream stops right after the first entry, flushed: every byte
        # of that entry inflates, then the stream just ends, without its end of stream.
        data = tar_bytes([file_info(n, d) for n, d in good])
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        first = data[:512 + (len(good[0][1]) + 511) // 512 * 512]
        body = compressor.compress(first) + compressor.flush(zlib.Z_FULL_FLUSH)
        open(out, "wb").write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + body)
    elif kind == "tar-zst-truncated":
        data = zstd_frame([tar_bytes([file_info(n, d) for n, d in good])])
        open(out, "wb").write(data[: len(data) // 2])
    elif kind == "tar-zst-bomb":
        # About 128 KB holding 4 GiB of zeros in one entry, like a backup's catalog.
        header = tarfile.TarInfo("catalog.sqlite")
        header.size = 4 << 30
        open(out, "wb").write(zstd_frame([header.tobuf(format=tarfile.GNU_FORMAT), header.size + 1024]))
    elif kind in ("zip64", "zip64-multi-volume", "zip-multi-volume"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in good:
                with archive.open(name, "w", force_zip64=True) as entry:
                    entry.write(data)
        data = buffer.getvalue()
        if kind == "zip64":
            data = zip64_end_records(data)
        elif kind == "zip64-multi-volume":
            data = zip64_end_records(data, disk=1, disks=2)
        else:
            end = data.rfind(b"PK\x05\x06")
            data = data[:end + 4] + struct.pack("<HH", 1, 1) + data[end + 8:]
        open(out, "wb").write(data)
    else:
        sys.exit(f"unknown kind {kind}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

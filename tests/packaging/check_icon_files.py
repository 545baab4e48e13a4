#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""The application icon for Windows and macOS (packaging/icons): imprint_icon_files makes an .ico
and an .icns from the scalable icon; both are read back here as Windows and macOS read them. Every
directory entry points at a PNG of the size it states, the sizes cover what Explorer and Finder
show, and the lengths add up. A file that is not an SVG is refused with its name.

    check_icon_files.py TOOL SVG WORKDIR"""
import os
import struct
import subprocess
import sys

tool, svg, work = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(work, exist_ok=True)
ico_path, icns_path = os.path.join(work, "imprint.ico"), os.path.join(work, "Imprint.icns")
for stale in (ico_path, icns_path):
    if os.path.exists(stale):
        os.remove(stale)


def fail(message):
    sys.exit("FAILED: " + message)


def png_size(data, where):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        fail(f"{where} is not a PNG image")
    return struct.unpack(">II", data[16:24])


made = subprocess.run([tool, svg, ico_path, icns_path], capture_output=True, text=True, timeout=120)
if made.returncode != 0:
    fail(f"imprint_icon_files exited {made.returncode}:\n{made.stderr}")

with open(ico_path, "rb") as source:
    ico = source.read()
reserved, kind, count = struct.unpack("<HHH", ico[:6])
if (reserved, kind) != (0, 1):
    fail(f"the .ico header says reserved={reserved} type={kind}, not an icon")
sizes = set()
end = 6 + 16 * count
for i in range(count):
    width, height, colours, _, planes, bits, length, offset = struct.unpack(
        "<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
    stated = (width or 256, height or 256)
    if png_size(ico[offset:offset + length], f".ico image {i}") != stated:
        fail(f".ico image {i} is not the {stated} its entry states")
    if (colours, planes, bits) != (0, 1, 32):
        fail(f".ico entry {i}: colours {colours}, planes {planes}, bits {bits}")
    sizes.add(stated[0])
    end = max(end, offset + length)
if end != len(ico):
    fail(f"the .ico is {len(ico)} bytes, its entries end at {end}")
for wanted in (16, 24, 32, 48, 256):
    if wanted not in sizes:
        fail(f"the .ico lacks a {wanted}×{wanted} image (it has {sorted(sizes)})")

with open(icns_path, "rb") as source:
    icns = source.read()
if icns[:4] != b"icns" or struct.unpack(">I", icns[4:8])[0] != len(icns):
    fail("the .icns header does not say 'icns' and the file's length")
sides = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
found = {}
at = 8
while at < len(icns):
    kind, length = icns[at:at + 4], struct.unpack(">I", icns[at + 4:at + 8])[0]
    if kind not in sides or length < 8 or at + length > len(icns):
        fail(f".icns element {kind!r} at {at}: unknown type or length {length}")
    side = sides[kind]
    if png_size(icns[at + 8:at + length], f".icns {kind.decode()}") != (side, side):
        fail(f".icns {kind.decode()} is not {side}×{side}")
    found[kind] = side
    at += length
if set(found) != set(sides):
    fail(f"the .icns lacks {sorted(k.decode() for k in set(sides) - set(found))}")

not_svg = os.path.join(work, "not-an-icon.svg")
with open(not_svg, "w", encoding="utf-8") as target:
    target.write("not an image")
refused = subprocess.run([tool, not_svg, ico_path, icns_path], capture_output=True, text=True, timeout=120)
if refused.returncode == 0 or "not-an-icon.svg" not in refused.stderr:
    fail(f"a file that is not an SVG: exit {refused.returncode}\n{refused.stderr}")
print(f"icons: .ico with {sorted(sizes)}, .icns with {sorted(found.values())}")

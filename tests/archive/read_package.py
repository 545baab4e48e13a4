#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""An independent reader: lists a package with Python's zipfile or tarfile, checking every
member's content (the CRC for ZIP; a full read for TAR), one name per line."""
import sys
import tarfile
import zipfile

path = sys.argv[1]
if zipfile.is_zipfile(path):
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad:
            sys.exit(f"bad CRC: {bad}")
        names = archive.namelist()
else:
    names = []
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if member.isfile():
                archive.extractfile(member).read()
            names.append(member.name)
print("\n".join(names))

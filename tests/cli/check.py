#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint check: measurements per file for files and folders; a truncated file is reported
with its reason and the exit status says so."""
import os
import shutil
import sys

from common import check, run, run_json

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "check")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(os.path.join(folder, "sub"))
good = os.path.join(work, "demo", "library", "Nova Lark", "Glass Harbour", "01 Glass Harbour.flac")
shutil.copy(good, os.path.join(folder, "sub", "good.flac"))
with open(good, "rb") as source, open(os.path.join(folder, "truncated.flac"), "wb") as target:
    data = source.read()
    target.write(data[: len(data) // 3])

report = run_json(imprint, "check", os.path.join(folder, "sub"))
check(report["analysed"] == 1 and report["failed"] == 0, f"one good file: {report}")
measured = report["files"][0]
check(measured["container"] == "FLAC" and measured["channels"] == 2, f"format: {measured}")
check(-40 < measured["integratedLufs"] < 0, f"integrated loudness: {measured}")
check(measured["truePeakDbtp"] >= measured["samplePeakDbfs"], f"true peak below sample peak: {measured}")

text = run(imprint, "check", folder, expect=1)
check("truncated.flac" in text.stderr, f"the truncated file must be named:\n{text.stderr}")
check("LUFS" in text.stdout and "good.flac" in text.stdout, f"measurements expected:\n{text.stdout}")
run(imprint, "check", expect=2)
print("1 passed, 0 failed")

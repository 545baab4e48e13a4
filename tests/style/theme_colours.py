#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Fails when a QML file of the GUI names a colour of its own (issue 13).

Colours come from the colour scheme through Kirigami.Theme (and Tones.qml, which names the
scheme's colours by meaning), so they follow light and dark palettes. Refused: colour literals
("#c62828", "white"), Qt.rgba/hsla/hsva, Qt.darker/lighter/tint of anything, and the Qt Quick
Controls palette (palette.base …), which does not follow Kirigami's colour sets.
"""
import pathlib
import re
import sys

NAMED = "white|black|red|green|blue|yellow|orange|gray|grey|purple|pink|brown|cyan|magenta|darkgray|lightgray"
RULES = [
    (re.compile(r'"#[0-9a-fA-F]{3,8}"'), "a colour literal"),
    (re.compile(r'(?:color|Color|fillStyle|strokeStyle)\s*[:=]\s*"(?:' + NAMED + r')"'), "a named colour"),
    (re.compile(r'Qt\.(?:rgba|hsla|hsva|darker|lighter|tint)\s*\('), "a colour computed from a literal"),
    (re.compile(r'\bpalette\.\w+'), "the Qt Quick Controls palette instead of Kirigami.Theme"),
]


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    problems = []
    for path in sorted(root.rglob("*.qml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("//"):
                continue
            for pattern, what in RULES:
                if pattern.search(line):
                    problems.append(f"{path.relative_to(root)}:{number}: {what}: {line.strip()}")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} hard-coded colour(s) in {root}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

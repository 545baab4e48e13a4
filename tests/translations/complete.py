#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Every string the user can see has its German: imprint_de.ts has no unfinished or empty
translation, no plural without all of German's forms, and no translation that drops or invents
a placeholder (%1, %n). With --lupdate it first extracts the sources into a copy of the file, as
update_translations would, so a string added to the code but never extracted fails here too.
With --plurals-only (imprint_en.ts, which holds English's plurals only) just the plurals are
checked: an unfinished one would show "stem(s)".

usage: complete.py TS [--plurals-only | --lupdate CMAKE LUPDATE GENERATOR PROJECT_CMAKE]
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
GERMAN_PLURAL_FORMS = 2


def extract(ts_copy, cmake, lupdate, generator, project_cmake, work):
    """Runs lupdate over the same sources as update_translations, writing into ts_copy only."""
    project_json = os.path.join(work, "project.json")
    subprocess.run([cmake, f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project_json}", "-P", generator],
                   check=True, capture_output=True, text=True)
    with open(project_json, encoding="utf-8") as source:
        project = json.load(source)
    project["translations"] = [ts_copy]
    with open(project_json, "w", encoding="utf-8") as out:
        json.dump(project, out)
    result = subprocess.run([lupdate, "-project", project_json, "-no-obsolete", "-locations", "none"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")


def problems(ts_path, plurals_only=False):
    found = []
    for context in ElementTree.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            # Text::tr() in a function whose return type names another namespace is filed by
            # lupdate under the helper struct's own name, which is never looked up at run time.
            if name == "Text" and message.find("translation") is not None \
                    and message.find("translation").get("type") not in ("vanished", "obsolete"):
                found.append(f"Text: “{message.findtext('source')}” is filed under “Text”, which is never "
                             "looked up: use QCoreApplication::translate with the file's context there")
                continue
            if plurals_only and message.get("numerus") != "yes":
                continue
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: “{source}”"
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None or kind == "unfinished":
                found.append(f"{where} is not translated")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if len(forms) != GERMAN_PLURAL_FORMS or any(not form.strip() for form in forms):
                    found.append(f"{where} needs both German plural forms, has {forms}")
                    continue
            else:
                forms = [translation.text or ""]
                if not forms[0].strip() and source.strip():
                    found.append(f"{where} has an empty translation")
                    continue
            wanted = set(PLACEHOLDER.findall(source))
            for form in forms:
                got = set(PLACEHOLDER.findall(form))
                # A plural's singular may spell the number out ("Ein Titel"): %n is optional there.
                if got != wanted and not (message.get("numerus") == "yes" and got | {"%n"} == wanted):
                    found.append(f"{where}: the translation “{form}” has {sorted(got)}, "
                                 f"the source {sorted(wanted)}")
    return found


def main():
    ts = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        checked = ts
        if len(sys.argv) > 2 and sys.argv[2] == "--lupdate":
            checked = os.path.join(work, os.path.basename(ts))
            shutil.copyfile(ts, checked)
            extract(checked, *sys.argv[3:7], work)
        found = problems(checked, plurals_only="--plurals-only" in sys.argv[2:])
    for problem in found:
        print(problem)
    if found:
        print(f"{len(found)} strings need translating in {os.path.basename(ts)}: run "
              "'cmake --build build/dev --target update_translations' and translate them")
    print(f"{0 if found else 1} passed, {1 if found else 0} failed")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

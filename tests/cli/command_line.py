#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""The command line answers what the GUI does not take (issue 17): an unknown command or option
is a usage error (exit 2) with the usage, even without a display, instead of a GUI that aborts;
each command's --help shows that command's options only."""
import os
import shutil
import subprocess
import sys

from common import check, run

imprint, work = sys.argv[1], os.path.abspath(sys.argv[2])
folder = os.path.join(work, "command-line")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
# No display at all: a GUI started by mistake aborts here instead of running offscreen.
no_display = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": "",
              "XDG_DATA_HOME": os.path.join(folder, "data"), "HOME": folder}


def imprint_run(*args, expect):
    result = subprocess.run([imprint, *args], capture_output=True, text=True, timeout=60,
                            env={**os.environ, **no_display})
    check(result.returncode == expect, f"imprint {' '.join(args)} exited {result.returncode}, expected {expect}\n"
          f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


unknown = imprint_run("frobnicate", expect=2)
check("imprint: unknown command 'frobnicate'" in unknown.stderr, f"no unknown-command message:\n{unknown.stderr}")
check("import FOLDER" in unknown.stderr and "rights-report" in unknown.stderr,
      f"the usage must follow:\n{unknown.stderr}")
check("platform plugin" not in unknown.stderr, f"the GUI was started:\n{unknown.stderr}")
check(not os.path.exists(os.path.join(folder, "data")), "an unknown command must not create a catalog")

# Also after --catalog, which the GUI takes too, and for an unknown option.
catalog = os.path.join(folder, "catalog.sqlite")
unknown = imprint_run("--catalog", catalog, "frobnicate", expect=2)
check("unknown command 'frobnicate'" in unknown.stderr, f"after --catalog:\n{unknown.stderr}")
option = imprint_run("--catalog", catalog, "--frobnicate", expect=2)
check("frobnicate" in option.stderr and "import FOLDER" in option.stderr, f"unknown option:\n{option.stderr}")
check(not os.path.exists(catalog), "a usage error must not create the catalog")
nothing = imprint_run("--catalog", catalog, "--json", expect=2)
check("no command" in nothing.stderr, f"options without a command:\n{nothing.stderr}")

# Each command's own help: its options, not every option of every command.
def options_of(text):
    """The long options in the option lines ("  -h, --help", "  --catalog <FILE>  Use …")."""
    names = set()
    for line in text.splitlines():
        for word in line.split() if line.strip().startswith("-") else []:
            if not word.startswith("-"):
                break
            if word.startswith("--"):
                names.add(word.rstrip(","))
    return names


expected = {
    "import": {"--catalog", "--copy", "--json"},
    "tracks": {"--catalog", "--search", "--json"},
    "rights-report": {"--catalog", "--track", "--release", "--pdf", "--json"},
    "verify": {"--json"},
    "add-track": {"--catalog", "--release", "--title", "--artist", "--track-version", "--isrc", "--json"},
}
everything = set()
for command, wanted in expected.items():
    help_text = imprint_run(command, "--help", expect=0).stdout
    found = options_of(help_text) - {"--help", "--help-all"}
    check(found == wanted, f"imprint {command} --help lists {sorted(found)}, expected {sorted(wanted)}:\n{help_text}")
    check(command in help_text, f"imprint {command} --help must name the command:\n{help_text}")
    everything |= found
overall = imprint_run("--help", expect=0).stdout
check(everything <= options_of(overall), f"imprint --help must list every option:\n{overall}")
check("import-stems" in overall and "export-calendar" in overall, f"imprint --help lists the commands:\n{overall}")

# The GUI still takes its options (offscreen): here it refuses the missing catalog itself.
gui = run(imprint, "--catalog", catalog, "--page", "catalog", "--size", "1024x700", expect=1)
check("--new" in gui.stderr, f"expected the GUI's answer:\n{gui.stderr}")
print("1 passed, 0 failed")

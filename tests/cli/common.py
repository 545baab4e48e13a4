# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Helpers for the end-to-end tests: run the real imprint binary and check what it prints."""
import json
import os
import subprocess
import sys


def run(imprint, *args, env=None, expect=0):
    merged = dict(os.environ)
    merged.update(env or {})
    result = subprocess.run([imprint, *args], capture_output=True, text=True, env=merged, timeout=300)
    if result.returncode != expect:
        sys.exit(f"imprint {' '.join(args)} exited {result.returncode}, expected {expect}\n"
                 f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


def run_json(imprint, *args, **kwargs):
    result = run(imprint, *args, "--json", **kwargs)
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as error:
        sys.exit(f"imprint {' '.join(args)} --json printed no JSON ({error}):\n{result.stdout}")


def check(condition, message):
    if not condition:
        sys.exit("FAILED: " + message)

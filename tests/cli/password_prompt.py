#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""A team catalog whose server asks for a password that libpq finds nowhere (issue 16, item 1):
at a terminal the command asks for it without echoing it and goes on; a wrong one is refused as
the server refuses it; a script (no terminal) is never asked and is told where a password goes.
Against the throwaway server's role imprint_password (scripts/pg-test-server)."""
import json
import os
import pty
import re
import select
import subprocess
import sys
import time

from common import check

imprint, work = sys.argv[1], sys.argv[2]
server = os.environ["IMPRINT_TEST_PG_URL"]
secret = "imprint-test-secret"
name = f"password_{os.getpid()}"
environment = dict(os.environ)
environment.pop("PGPASSWORD", None)
subprocess.run(["psql", server, "-qc", f"CREATE DATABASE {name} OWNER imprint_password"], check=True)
team = re.sub(r"^(postgresql://[^/]*)/[^?]*", rf"\1/{name}", server).replace(
    "user=imprint_test", "user=imprint_password")


def at_terminal(typed):
    """Runs `imprint --catalog TEAM tracks --json` with a terminal as its input; types `typed` once it
    asks. Returns (exit status, stdout, stderr, what the terminal showed)."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([imprint, "--catalog", team, "tracks", "--json"], stdin=terminal,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    os.close(terminal)
    stderr, shown = b"", b""
    deadline = time.monotonic() + 60
    while b"Password for" not in stderr and process.poll() is None and time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr, controller], [], [], 1)
        if process.stderr in ready:
            stderr += os.read(process.stderr.fileno(), 4096)
        if controller in ready:
            shown += os.read(controller, 4096)
    check(b"Password for" in stderr, f"no password prompt at a terminal:\n{stderr.decode()}")
    os.write(controller, (typed + "\n").encode())
    stdout, rest = process.communicate(timeout=60)
    while select.select([controller], [], [], 0.2)[0]:
        try:
            shown += os.read(controller, 4096)
        except OSError:  # the terminal closed with the process
            break
    os.close(controller)
    return process.returncode, stdout.decode(), (stderr + rest).decode(), shown.decode()


# A script is not asked: it is told where the password goes.
script = subprocess.run([imprint, "--catalog", team, "tracks"], stdin=subprocess.DEVNULL,
                        capture_output=True, text=True, env=environment, timeout=60)
check(script.returncode == 1, f"without a password: exit {script.returncode}\n{script.stderr}")
check("Password for" not in script.stderr and "PGPASSWORD" in script.stderr,
      f"a script was asked, or not told where a password goes:\n{script.stderr}")

status, stdout, stderr, shown = at_terminal(secret)
check(status == 0, f"the typed password did not open the catalog: exit {status}\n{stderr}")
check(json.loads(stdout)["count"] == 0, f"tracks of the new team catalog:\n{stdout}")
check(secret not in shown and secret not in stderr, f"the password was echoed: {shown!r} {stderr!r}")

status, stdout, stderr, shown = at_terminal("not-the-password")
check(status == 1 and "password authentication failed" in stderr,
      f"a wrong password: exit {status}\n{stderr}")
print("password prompt: asked at a terminal, not echoed; scripts told where it goes")

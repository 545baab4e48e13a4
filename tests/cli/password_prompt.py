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
import select
import signal
import subprocess
import sys
import termios
import time

from common import check, team_database

imprint, work = sys.argv[1], sys.argv[2]
server = os.environ["IMPRINT_TEST_PG_URL"]
secret = "imprint-test-secret"
name = f"password_{os.getpid()}"
environment = dict(os.environ)
environment.pop("PGPASSWORD", None)
environment["PGPASSFILE"] = os.devnull  # nor a developer's ~/.pgpass
team = team_database(server, name, owner="imprint_password").replace(
    "user=imprint_test", "user=imprint_password")


def at_terminal(typed=None, interrupt=False, command=("--catalog", team, "tracks", "--json")):
    """Runs `imprint COMMAND` (by default `--catalog TEAM tracks --json`) with a terminal as its
    input; once it asks, types `typed` (bytes) or interrupts it as Ctrl+C would (SIGINT). Returns
    (exit status, stdout, stderr, what the terminal showed, whether the terminal echoes again
    afterwards)."""
    controller, terminal = pty.openpty()
    # A session of its own: without a controlling terminal, the prompt comes on stderr here.
    process = subprocess.Popen([imprint, *command], stdin=terminal,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment,
                               start_new_session=True)
    stderr, shown = b"", b""
    deadline = time.monotonic() + 60
    while b"Password for" not in stderr and process.poll() is None and time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr, controller], [], [], 1)
        if process.stderr in ready:
            stderr += os.read(process.stderr.fileno(), 4096)
        if controller in ready:
            shown += os.read(controller, 4096)
    check(b"Password for" in stderr, f"no password prompt at a terminal:\n{stderr.decode()}")
    check(not termios.tcgetattr(terminal)[3] & termios.ECHO, "the terminal echoes while the password is typed")
    if interrupt:
        process.send_signal(signal.SIGINT)
    else:
        os.write(controller, typed)
    stdout, rest = process.communicate(timeout=60)
    while select.select([controller], [], [], 0.2)[0]:
        shown += os.read(controller, 4096)
    echoes = bool(termios.tcgetattr(terminal)[3] & termios.ECHO)
    os.close(terminal)
    os.close(controller)
    return process.returncode, stdout.decode(), (stderr + rest).decode(), shown.decode(), echoes


# A script is not asked: it is told where the password goes.
script = subprocess.run([imprint, "--catalog", team, "tracks"], stdin=subprocess.DEVNULL,
                        capture_output=True, text=True, env=environment, timeout=60)
check(script.returncode == 1, f"without a password: exit {script.returncode}\n{script.stderr}")
check("Password for" not in script.stderr and "PGPASSWORD" in script.stderr,
      f"a script was asked, or not told where a password goes:\n{script.stderr}")

status, stdout, stderr, shown, echoes = at_terminal((secret + "\n").encode())
check(status == 0, f"the typed password did not open the catalog: exit {status}\n{stderr}")
check(json.loads(stdout)["count"] == 0, f"tracks of the new team catalog:\n{stdout}")
check(secret not in shown and secret not in stderr, f"the password was echoed: {shown!r} {stderr!r}")
check(echoes, "the terminal does not echo again after the password")

status, stdout, stderr, shown, echoes = at_terminal(b"not-the-password\n")
check(status == 1 and "password authentication failed" in stderr and echoes,
      f"a wrong password: exit {status}\n{stderr}")

# Ctrl+D at the prompt: nothing typed, said so. Ctrl+C: the terminal echoes again, then the
# command ends as interrupted.
status, stdout, stderr, shown, echoes = at_terminal(b"\x04")
check(status == 1 and "no password was typed" in stderr and echoes, f"Ctrl+D: exit {status}\n{stderr}")
# The interrupt is sent the moment the prompt shows, often before the command waits for input (a
# read() entered after the signal once waited for good on a loaded CI machine): several rounds.
for _ in range(3):
    status, stdout, stderr, shown, echoes = at_terminal(interrupt=True)
    check(status == -signal.SIGINT and echoes, f"Ctrl+C: exit {status}, echo {echoes}\n{stderr}")
# A command that handles Ctrl+C itself (copy-catalog) ends as interrupted, not as refused.
copy = os.path.join(work, "password-prompt-copy.sqlite")
status, stdout, stderr, shown, echoes = at_terminal(interrupt=True, command=("copy-catalog", team, copy))
check(status == 130 and "imprint: interrupted" in stderr and "cannot open" not in stderr and echoes,
      f"Ctrl+C at copy-catalog's prompt: exit {status}\n{stderr}")
check(not os.path.exists(copy), "copy-catalog interrupted at its prompt made the target")

subprocess.run(["psql", server, "-qc", f"DROP DATABASE {name}"], check=True)
print("password prompt: asked at a terminal, not echoed; scripts told where it goes")

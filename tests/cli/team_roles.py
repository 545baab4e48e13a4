#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint init-team-catalog (issue 16, item 4): the demo catalog copied to the throwaway
PostgreSQL server (IMPRINT_TEST_PG_URL), its roles set up with an editor and a viewer. The viewer
lists tracks but every command that changes the catalog says whom to ask, and the server refuses
the viewer's direct SQL writes; the editor's commands work, the editor's schema changes do not.
Unknown login roles and catalog files are refused."""
import os
import shutil
import subprocess
import sys

from common import check, run, run_json, team_database, write_wav

imprint, work = sys.argv[1], sys.argv[2]
server = os.environ["IMPRINT_TEST_PG_URL"]
demo_catalog = os.path.join(work, "demo", "catalog.sqlite")
folder = os.path.join(work, "team-roles")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(os.path.join(folder, "takes"))
write_wav(os.path.join(folder, "takes", "New Take.wav"), seed=5)

name = f"roles_{os.getpid()}"
editor, viewer = f"{name}_ed", f"{name}_vi"
team = team_database(server, name)
for login in (editor, viewer):
    subprocess.run(["psql", server, "-qc", f"CREATE ROLE {login} LOGIN"], check=True)


def as_user(login):
    return team.replace("user=imprint_test", f"user={login}")


def psql(address, sql):
    return subprocess.run(["psql", address, "-v", "ON_ERROR_STOP=1", "-qtAc", sql],
                          capture_output=True, text=True)


run(imprint, "copy-catalog", demo_catalog, team)
help_text = run(imprint, "init-team-catalog", "--help").stdout
check("--viewer" in help_text and "--editor" in help_text, f"init-team-catalog --help:\n{help_text}")
run(imprint, "init-team-catalog", os.path.join(folder, "file.sqlite"), expect=2)
refused = run(imprint, "init-team-catalog", team, "--viewer", "nobody_of_this_name", expect=1)
check("nobody_of_this_name" in refused.stderr, f"an unknown login role:\n{refused.stderr}")

report = run_json(imprint, "init-team-catalog", team, "--editor", editor, "--viewer", viewer)
check(report["viewer"] == {"role": f"{name}_viewer", "members": [viewer]}, f"report: {report}")
check(report["editor"]["role"] == f"{name}_editor", f"report: {report}")

# The viewer reads, and is told at once that changes need the editor role.
tracks = run_json(imprint, "--catalog", as_user(viewer), "tracks")
check(tracks["count"] == 14, f"the viewer lists {tracks['count']} tracks")
for command in (["new-release", "--title", "Sneaked", "--artist", "Nova Lark"],
                ["import", os.path.join(folder, "takes")],
                ["check", "--profile", "streaming"],
                ["write-tags", "--all"]):
    said = run(imprint, "--catalog", as_user(viewer), *command, expect=1)
    check("you may only read" in said.stderr and f"{name}_editor" in said.stderr,
          f"viewer: imprint {' '.join(command)}:\n{said.stderr}")
# A modified client that writes anyway: the server refuses it.
for sql in ("UPDATE tracks SET title = 'Changed'", "DELETE FROM release_tracks",
            "INSERT INTO parties(name) VALUES ('Sneaked')"):
    result = psql(as_user(viewer), sql)
    check(result.returncode != 0 and "permission denied" in result.stderr,
          f"viewer's {sql}: exit {result.returncode}\n{result.stderr}")
check(psql(team, "SELECT count(*) FROM tracks WHERE title = 'Changed'").stdout.strip() == "0",
      "a viewer's write reached the catalog")

# The editor changes the catalog through Imprint, not its schema.
made = run_json(imprint, "--catalog", as_user(editor), "new-release", "--title", "Team Single",
                "--artist", "Nova Lark")
check(made["title"] == "Team Single" and made["id"] > 0, f"editor's new release: {made}")
imported = run_json(imprint, "--catalog", as_user(editor), "import", os.path.join(folder, "takes"))
check(imported["added"] == 1 and imported["failed"] == 0, f"editor's import: {imported}")
for sql in ("CREATE TABLE notes(text TEXT)", "DROP TABLE tracks", "ALTER TABLE tracks ADD COLUMN x INTEGER"):
    result = psql(as_user(editor), sql)
    check(result.returncode != 0 and ("permission denied" in result.stderr or "must be owner" in result.stderr),
          f"editor's {sql}: exit {result.returncode}\n{result.stderr}")
print("init-team-catalog: the viewer reads only, the editor edits rows, the server enforces both")

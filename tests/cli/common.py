# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Helpers for the end-to-end tests: run the real imprint binary and check what it prints."""
import atexit
import json
import os
import re
import sqlite3
import struct
import subprocess
import sys
import wave
import zlib


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


def team_database(server, name, owner=None):
    """Creates the database `name` on the throwaway server (IMPRINT_TEST_PG_URL) and returns its
    URL: the server's, with the database replaced."""
    owned = f" OWNER {owner}" if owner else ""
    subprocess.run(["psql", server, "-qc", f"CREATE DATABASE {name}{owned}"], check=True)
    return re.sub(r"^(postgresql://[^/]*)/[^?]*", rf"\1/{name}", server)


_script_config = []


def script_catalog(folder, name):
    """The catalog a script works on, and whether it is a team catalog: a file in folder, or, when
    the script was given --team, a new database on the throwaway server. A team catalog's library
    folder is remembered per computer, here in the first such folder's config; library_folder()
    names it."""
    if "--team" not in sys.argv[3:]:
        return os.path.join(folder, "catalog.sqlite"), False
    if not _script_config:  # one configuration for all of a script's team catalogs
        _script_config.append(os.path.join(folder, "config"))
        os.environ["XDG_CONFIG_HOME"] = _script_config[0]
    server, database = os.environ["IMPRINT_TEST_PG_URL"], f"{name}_{os.getpid()}"
    # Dropped when the script ends, passed or failed: the server lives for the whole test run.
    atexit.register(subprocess.run, ["psql", server, "-qc", f"DROP DATABASE IF EXISTS {database}"])
    return team_database(server, database), True


def library_folder(imprint, catalog, team, library, expect=0):
    """Tells a team catalog where its files are on this computer (a file catalog's library is the
    folder of its first import). It exits 1 when a file there differs from the one recorded."""
    if team:
        run(imprint, "--catalog", catalog, "library-folder", library, expect=expect)


def _literal(value):
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def catalog_sql(catalog, statement, *params):
    """Runs one statement with ? placeholders on a catalog, a file or a team catalog's URL (through
    psql), and returns its rows as tuples. Whole numbers come back as int either way; from a
    server, so does a text made of digits only (a UPC, say); a server's booleans come back as
    "t" or "f", so ask for 1 or 0 (CASE WHEN … THEN 1 ELSE 0 END). Every ? is a placeholder:
    the statement itself holds none as text."""
    if not catalog.startswith("postgresql://"):
        with sqlite3.connect(catalog) as connection:
            return connection.execute(statement, params).fetchall()
    parts = statement.split("?")
    text = parts[0] + "".join(_literal(value) + part for value, part in zip(params, parts[1:]))
    null = "\u2400"  # how psql is to show NULL, told apart from an empty text
    result = subprocess.run(["psql", catalog, "-v", "ON_ERROR_STOP=1", "-qtA", "-F", "\t", "-P", f"null={null}",
                             "-c", text], capture_output=True, text=True)
    check(result.returncode == 0, f"{text}\n{result.stderr}")
    return [tuple(None if cell == null else int(cell) if re.fullmatch(r"-?\d+", cell) else cell
                  for cell in line.split("\t"))
            for line in result.stdout.split("\n")[:-1]]  # a row of one empty text is an empty line


class _ServerRows:
    def __init__(self, rows):
        self.rows = rows

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def fetchall(self):
        return self.rows

    def __iter__(self):
        return iter(self.rows)


class _ServerConnection:
    """The part of a sqlite3 connection the scripts use, on a team catalog: execute() with ?
    placeholders, and `with`. Each statement runs and commits at once (no transaction); a new
    row's id comes from INSERT … RETURNING id, which SQLite reads as well."""

    def __init__(self, url):
        self.url = url

    def execute(self, statement, params=()):
        return _ServerRows(catalog_sql(self.url, statement, *params))

    def __enter__(self):
        return self

    def __exit__(self, *error):
        return False

    def close(self):
        pass


def connect(catalog):
    """sqlite3.connect() for a catalog file, the same few calls through psql for a team catalog."""
    return _ServerConnection(catalog) if catalog.startswith("postgresql://") else sqlite3.connect(catalog)


def check(condition, message):
    if not condition:
        sys.exit("FAILED: " + message)


def write_wav(path, seed, seconds=1.0, rate=44100):
    with wave.open(path, "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(rate)
        frame = b"".join(struct.pack("<hh", (i * (seed + 5)) % 3000 - 1500, 0) for i in range(441))
        out.writeframes(frame * int(seconds * rate / 441))


def png(path, width, height, colour_type=2):
    """A minimal PNG: RGB (colour type 2) or greyscale (0), 8 bits."""
    channels = 3 if colour_type == 2 else 1
    row = b"\x00" + bytes([90, 140, 200][:channels]) * width
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                  + chunk(b"IDAT", zlib.compress(row * height, 9)) + chunk(b"IEND", b""))
    return path

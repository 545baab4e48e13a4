#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Prints, as JSON, the title, artist, album, ISRC, date and track number that mutagen (an
independent reader, as players and distributors' tools use it) finds in each file given:
{"PATH": {"format": ..., "title": ..., ...}}. A field mutagen does not find is left out.

Each tag family names the fields its own way; the names below are the ones mutagen reports."""
import json
import sys

import mutagen
from mutagen.apev2 import APEv2
from mutagen.id3 import ID3
from mutagen.mp4 import MP4Tags

FIELDS = ("title", "artist", "album", "isrc", "date", "track")
# ID3v2 frames (MP3, and the ID3 chunk of WAV and AIFF).
ID3_FRAMES = {"title": "TIT2", "artist": "TPE1", "album": "TALB", "isrc": "TSRC", "date": "TDRC", "track": "TRCK"}
# MP4 atoms; the ISRC is a freeform iTunes atom.
MP4_ATOMS = {"title": "\xa9nam", "artist": "\xa9ART", "album": "\xa9alb", "isrc": "----:com.apple.iTunes:ISRC",
             "date": "\xa9day", "track": "trkn"}
# APEv2 items (WavPack); keys are case-insensitive.
APE_ITEMS = {"title": "Title", "artist": "Artist", "album": "Album", "isrc": "ISRC", "date": "Year",
             "track": "Track"}
# Vorbis comments (FLAC, Ogg Vorbis, Opus); keys are case-insensitive.
VORBIS_FIELDS = {"title": "title", "artist": "artist", "album": "album", "isrc": "isrc", "date": "date",
                 "track": "tracknumber"}


def text(value):
    """One value as text: the first of a list, an MP4 (number, total) pair as "3/12"."""
    if isinstance(value, list):
        if not value:
            return None
        value = value[0]
    if isinstance(value, tuple):
        number, total = value
        return f"{number}/{total}" if total else str(number)
    if isinstance(value, bytes):  # MP4 freeform atoms hold bytes
        return value.decode("utf-8")
    return str(value)


def read(path):
    audio = mutagen.File(path)
    if audio is None:
        return {"format": None}
    tags = audio.tags
    found = {"format": type(audio).__name__}
    if tags is None:
        return found
    if isinstance(tags, ID3):
        names, get = ID3_FRAMES, lambda key: tags[key].text if key in tags else None
    elif isinstance(tags, MP4Tags):
        names, get = MP4_ATOMS, lambda key: tags.get(key)
    elif isinstance(tags, APEv2):
        names, get = APE_ITEMS, lambda key: str(tags[key]) if key in tags else None
    else:
        names, get = VORBIS_FIELDS, lambda key: tags.get(key)
    for field in FIELDS:
        value = text(get(names[field]))
        if value:
            found[field] = value
    return found


print(json.dumps({path: read(path) for path in sys.argv[1:]}, ensure_ascii=False, indent=1))

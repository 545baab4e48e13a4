#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Checks the Flatpak manifest without flatpak-builder (the runtime cannot be fetched here).

The manifest must parse, name the KDE runtime (6.8 or later) and agree with the desktop file and
the AppStream metainfo on the app id and the command; every downloaded source must be pinned.
Git sources pinned by tag only are listed as placeholders (a tag can move; Flathub wants the
commit too) but do not fail: packaging/flatpak/README.md says which they are.
"""
import configparser
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def sources_of(modules, path=""):
    for module in modules:
        if isinstance(module, str):  # a module in a file of its own: not used by this manifest
            fail(f"module file {module} is not checked; inline the module")
        name = f"{path}{module.get('name', '?')}"
        for source in module.get("sources", []):
            yield name, source
        yield from sources_of(module.get("modules", []), name + "/")


def main(manifest_path, desktop_path, metainfo_path):
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    app_id = Path(desktop_path).name.removesuffix(".desktop")

    if manifest.get("id") != app_id:
        fail(f"manifest id {manifest.get('id')!r} is not the desktop file's {app_id!r}")
    if Path(manifest_path).name != f"{app_id}.json":
        fail(f"manifest file {Path(manifest_path).name} is not named after the app id")
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        fail("runtime and sdk must be org.kde.Platform and org.kde.Sdk")
    version = re.fullmatch(r"(\d+)\.(\d+)", str(manifest.get("runtime-version", "")))
    if not version or (int(version[1]), int(version[2])) < (6, 8):
        fail(f"runtime-version {manifest.get('runtime-version')!r} is not 6.8 or later")

    desktop = configparser.ConfigParser(interpolation=None, strict=False)
    desktop.optionxform = str
    desktop.read(desktop_path, encoding="utf-8")
    exec_line = desktop["Desktop Entry"]["Exec"].split()
    if manifest.get("command") != exec_line[0]:
        fail(f"command {manifest.get('command')!r} is not the desktop file's Exec {exec_line[0]!r}")
    if desktop["Desktop Entry"].get("Icon") != app_id:
        fail("the desktop file's icon is not named after the app id (Flatpak exports only those)")

    component = ET.parse(metainfo_path).getroot()
    if component.findtext("id") != app_id:
        fail(f"metainfo id {component.findtext('id')!r} is not {app_id!r}")
    if component.findtext("launchable") != f"{app_id}.desktop":
        fail("metainfo launchable is not the desktop file")
    if manifest["command"] not in [b.text for b in component.iter("binary")]:
        fail("metainfo does not provide the manifest's command as a binary")

    args = manifest.get("finish-args", [])
    for needed in ("--socket=wayland", "--socket=fallback-x11", "--socket=pulseaudio",
                   "--share=network"):
        if needed not in args:
            fail(f"finish-args lack {needed}")
    if any(a in ("--filesystem=home", "--filesystem=host") for a in args):
        fail("finish-args give the whole home or host; name the folders instead")

    placeholders = []
    for name, source in sources_of(manifest.get("modules", [])):
        kind = source.get("type")
        if kind in ("archive", "file"):
            if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                fail(f"{name}: {kind} source {source.get('url')} has no sha256")
        elif kind == "git":
            if not (source.get("tag") or source.get("commit")):
                fail(f"{name}: git source {source.get('url')} is pinned by neither tag nor commit")
            if "commit" in source and not re.fullmatch(r"[0-9a-f]{40}", source["commit"]):
                fail(f"{name}: commit {source['commit']!r} is not a full hash")
            if "commit" not in source:
                placeholders.append(f"{name} ({source['url']} tag {source['tag']})")
        elif kind not in ("dir", "patch", "shell", "script"):
            fail(f"{name}: unexpected source type {kind!r}")

    print(f"manifest {app_id}: {manifest['runtime']}//{manifest['runtime-version']}, "
          f"command {manifest['command']}")
    for entry in placeholders:
        print(f"placeholder, pinned by tag only: {entry}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print("usage: check_flatpak_manifest.py MANIFEST.json DESKTOP_FILE METAINFO_XML")
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls

// A quality profile verdict as a coloured chip: pass, warn, fail, or none (not analysed).
Rectangle {
    id: chip

    property string verdict: "none"

    readonly property var colors: ({ pass: "#2e7d32", warn: "#b26a00", fail: "#c62828", none: "#9e9e9e" })

    implicitWidth: Math.max(52, label.implicitWidth + 16)
    implicitHeight: 22
    radius: height / 2
    color: colors[verdict] ?? colors.none

    Label {
        id: label
        anchors.centerIn: parent
        color: "white"
        font.bold: true
        font.pixelSize: 11
        text: chip.verdict === "pass" ? qsTr("PASS")
              : chip.verdict === "warn" ? qsTr("WARN")
              : chip.verdict === "fail" ? qsTr("FAIL") : qsTr("—")
    }
}

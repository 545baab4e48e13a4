// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls

// A readiness verdict as a coloured chip: ready (green), not checked yet (amber), blocked (red).
Rectangle {
    id: chip

    property string verdict: "blocked"
    property string text: ""
    property int count: 0

    implicitWidth: label.implicitWidth + 20
    implicitHeight: label.implicitHeight + 8
    radius: height / 2
    color: verdict === "ready" ? "#2e7d32" : verdict === "not_checked" ? "#b26a00" : "#c62828"

    Label {
        id: label
        anchors.centerIn: parent
        color: "white"
        font.pixelSize: 12
        text: chip.count > 0 ? qsTr("%1 · %2").arg(chip.text).arg(chip.count) : chip.text
    }
}

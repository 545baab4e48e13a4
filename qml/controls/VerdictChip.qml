// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import Imprint
import org.kde.kirigami as Kirigami
import QtQuick.Controls

// A readiness verdict as a chip tinted by the colour scheme: ready (positive), not checked yet
// (neutral), blocked (negative); the text says it too.
Rectangle {
    id: chip

    property string verdict: "blocked"
    property string text: ""
    property int count: 0

    implicitWidth: label.implicitWidth + 20
    implicitHeight: label.implicitHeight + 8
    radius: height / 2
    readonly property color tone: verdict === "ready" ? Tones.positive : verdict === "not_checked" ? Tones.neutral
                                                                                       : Tones.negative
    color: Qt.alpha(tone, 0.18)
    border.color: tone

    Label {
        id: label
        anchors.centerIn: parent
        color: Kirigami.Theme.textColor
        font.pixelSize: 12
        text: chip.count > 0 ? qsTr("%1 · %2").arg(chip.text).arg(chip.count) : chip.text
    }
}

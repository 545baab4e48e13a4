// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls

// A quality profile verdict as a coloured chip: pass, warn, fail, or none (not analysed).
Rectangle {
    id: chip

    property string verdict: "none"

    readonly property color tone: verdict === "pass" ? Tones.positive : verdict === "warn" ? Tones.neutral
                                : verdict === "fail" ? Tones.negative : Kirigami.Theme.disabledTextColor

    implicitWidth: Math.max(52, label.implicitWidth + 16)
    implicitHeight: 22
    radius: height / 2
    color: Qt.alpha(tone, 0.18)
    border.color: tone

    Label {
        id: label
        anchors.centerIn: parent
        color: Kirigami.Theme.textColor
        font.bold: true
        font.pixelSize: 11
        text: chip.verdict === "pass" ? qsTr("PASS")
              : chip.verdict === "warn" ? qsTr("WARN")
              : chip.verdict === "fail" ? qsTr("FAIL") : qsTr("—")
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A message shown where the problem is: under the field or form it is about, in a tinted frame
// with a sign, like Kirigami's InlineMessage (same text and type properties, so the two can be
// swapped). Hidden while its text is empty; what it says comes from the models.
Rectangle {
    id: message

    property string text
    /// "error" (refused: what is wrong and the form expected), "warning" or "information".
    property string type: "error"
    /// Wraps beyond this rather than widening the form it stands in (a long German message would).
    property real maximumTextWidth: 280
    readonly property color tone: type === "error" ? "#b3261e" : type === "warning" ? "#9a5b00" : "#1565c0"

    visible: text.length > 0
    implicitWidth: Math.min(body.implicitWidth, maximumTextWidth) + sign.implicitWidth + 20
    implicitHeight: Math.max(body.implicitHeight, sign.implicitHeight) + 8
    radius: 3
    color: Qt.alpha(tone, 0.08)
    border.color: Qt.alpha(tone, 0.55)

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: sign
        x: 6
        y: 4
        text: message.type === "information" ? "ℹ" : "⚠"
        color: message.tone
        font.bold: true
        font.pixelSize: 12
    }
    Label {
        id: body
        x: sign.x + sign.implicitWidth + 6
        y: 4
        width: message.width - x - 6
        text: message.text
        color: message.tone
        wrapMode: Text.Wrap
        font.pixelSize: 12
    }
}

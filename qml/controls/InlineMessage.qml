// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import Imprint
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts

// A message shown where the problem is: under the field or form it is about, in a tinted frame
// with the Breeze sign of its type, like Kirigami's InlineMessage but compact enough for a form (same text and type properties, so the two can be
// swapped). Hidden while its text is empty; what it says comes from the models.
Rectangle {
    id: message

    property string text
    /// "error" (refused: what is wrong and the form expected), "warning" or "information".
    property string type: "error"
    /// Wraps beyond this rather than widening the form it stands in (a long German message would).
    property real maximumTextWidth: 280
    readonly property color tone: Tones.message(type)

    visible: text.length > 0
    implicitWidth: Math.min(body.implicitWidth, maximumTextWidth) + sign.implicitWidth + 20
    implicitHeight: Math.max(body.implicitHeight, sign.implicitHeight) + 8
    radius: 3
    color: Qt.alpha(tone, 0.1)
    border.color: Qt.alpha(tone, 0.55)

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Kirigami.Icon {
        id: sign
        x: 6
        y: 4
        implicitWidth: Kirigami.Units.iconSizes.small
        implicitHeight: Kirigami.Units.iconSizes.small
        source: message.type === "error" ? "dialog-error" : message.type === "warning" ? "dialog-warning"
                                                                                      : "dialog-information"
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

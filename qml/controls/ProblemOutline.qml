// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick

// Marks the field an InlineMessage is about: an outline in the message's colour, over the
// field's own frame (so it works with any style), while the message shows.
Rectangle {
    required property InlineMessage message

    anchors.fill: parent
    visible: message.visible
    color: "transparent"
    radius: 2
    border.width: 1
    border.color: message.tone
}

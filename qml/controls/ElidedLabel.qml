// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls

// A one-line label for rows that may be narrower than their text (a long title in a narrow
// window): elided, and the whole text in a tooltip while the pointer is on it.
Label {
    id: label

    /// For the layout tests: an elided text here can still be read in full.
    readonly property bool showsFullTextOnHover: true

    elide: Text.ElideRight
    maximumLineCount: 1

    HoverHandler {
        id: hover
    }
    ToolTip.visible: hover.hovered && label.truncated
    ToolTip.text: label.text
    ToolTip.delay: Application.styleHints.mousePressAndHoldInterval
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A read-only labelled value in a detail pane.
ColumnLayout {
    id: field

    property string label
    property string value
    property bool monospace: false

    spacing: 2

    Label {
        text: field.label
        opacity: 0.7
        font.pixelSize: 12
    }
    Label {
        Layout.fillWidth: true
        text: field.value.length > 0 ? field.value : "—"
        wrapMode: Text.WrapAnywhere
        font.family: field.monospace ? "monospace" : Application.font.family
    }
}

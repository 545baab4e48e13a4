// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled text field that commits on Enter or leaving the field and reverts on Esc.
ColumnLayout {
    id: field

    property string label
    property string value
    property string placeholder
    /// Why the text being typed would be refused; shown under the field.
    property string error
    readonly property alias editor: input

    signal committed(string text)

    spacing: 2

    function revert() {
        input.text = Qt.binding(() => field.value)
    }

    Label {
        text: field.label
        opacity: 0.7
        font.pixelSize: 12
    }
    TextField {
        id: input
        Layout.fillWidth: true
        text: field.value
        placeholderText: field.placeholder
        selectByMouse: true
        onEditingFinished: {
            if (text !== field.value)
                field.committed(text)
            field.revert()
        }
        Keys.onEscapePressed: {
            field.revert()
            focus = false
        }
    }
    Label {
        Layout.fillWidth: true
        visible: field.error.length > 0
        text: field.error
        color: "#b3261e"
        wrapMode: Text.Wrap
        font.pixelSize: 12
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled text field that commits on Enter or leaving the field and reverts on Esc. What is
// wrong with the typed text (error, from the models' rules) stands under the field, which is
// outlined; such text is not committed but stays for the user to correct (Esc gives it up).
ColumnLayout {
    id: field

    property string label
    property string value
    property string placeholder
    /// Why the text being typed would be refused; shown under the field.
    property string error
    readonly property alias editor: input
    readonly property bool refused: error.length > 0

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
        Accessible.name: field.label
        Accessible.description: field.error
        onEditingFinished: {
            if (field.refused)
                return
            if (text !== field.value)
                field.committed(text)
            field.revert()
        }
        Keys.onEscapePressed: {
            field.revert()
            focus = false
        }
        ProblemOutline {
            message: problem
        }
    }
    InlineMessage {
        id: problem
        objectName: field.objectName.length > 0 ? field.objectName + "Problem" : ""
        Layout.fillWidth: true
        text: field.error
    }
}

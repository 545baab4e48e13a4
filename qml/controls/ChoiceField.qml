// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled choice from a fixed list of {value, text}; commits when the user picks one.
ColumnLayout {
    id: field

    property string label
    property string value
    property var choices: []
    /// The combo box, for the keyboard (a fix link focuses it).
    readonly property alias editor: box

    signal committed(string value)

    spacing: 2

    Label {
        text: field.label
        opacity: 0.7
        font.pixelSize: 12
    }
    ComboBox {
        id: box
        Layout.fillWidth: true
        model: field.choices
        textRole: "text"
        valueRole: "value"
        Accessible.name: field.label
        currentIndex: field.choices.findIndex(choice => choice.value === field.value)
        onActivated: index => {
            if (field.choices[index].value !== field.value)
                field.committed(field.choices[index].value)
        }
    }
}

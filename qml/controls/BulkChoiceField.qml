// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// A choice of the bulk editor (explicit, vocals): the value the selected tracks share, or
// "(mixed)"; only a field the user has picked in is applied.
ColumnLayout {
    id: field

    required property BulkTrackEdit bulk
    /// The BulkTrackEdit field name.
    required property string name
    property string label
    /// [{value, text}]
    property var choices: []
    readonly property bool mixed: bulk.mixedFields.indexOf(name) >= 0
    readonly property bool edited: box.edited
    readonly property string value: box.currentValue ?? ""
    readonly property alias editor: box

    signal accepted()
    signal cancelled()

    function reset() {
        box.edited = false
        box.currentIndex = Qt.binding(() => field.mixed ? -1 : box.indexOfValue(field.bulk.values[field.name] ?? ""))
    }

    spacing: 2

    Label {
        text: field.edited ? qsTr("%1 (changed)").arg(field.label) : field.label
        opacity: field.edited ? 1 : 0.7
        font.pixelSize: 12
        font.bold: field.edited
    }
    ComboBox {
        id: box
        property bool edited: false
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        model: field.choices
        currentIndex: field.mixed ? -1 : indexOfValue(field.bulk.values[field.name] ?? "")
        displayText: currentIndex < 0 ? qsTr("(mixed)") : currentText
        onActivated: edited = true
        Keys.onReturnPressed: field.accepted()
        Keys.onEnterPressed: field.accepted()
        Keys.onEscapePressed: field.cancelled()
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// One field of the bulk editor: the value the selected tracks share, or "(mixed)" when they
// differ. Only a field the user has typed in is applied; the rest stay as each track has them.
ColumnLayout {
    id: field

    required property BulkTrackEdit bulk
    /// The BulkTrackEdit field name: artist, genre, language, bpm, key, mood or label.
    required property string name
    property string label
    property string note
    readonly property bool mixed: bulk.mixedFields.indexOf(name) >= 0
    readonly property bool edited: input.edited
    readonly property string text: input.text
    /// Why the typed value would be refused (the single-track editor's rules), or empty.
    readonly property string error: input.edited ? bulk.check(name, input.text) : ""
    readonly property alias editor: input

    signal accepted()
    signal cancelled()

    function reset() {
        input.edited = false
        input.text = Qt.binding(() => field.mixed ? "" : (field.bulk.values[field.name] ?? ""))
    }

    spacing: 2

    Label {
        text: field.edited ? qsTr("%1 (changed)").arg(field.label) : field.label
        opacity: field.edited ? 1 : 0.7
        font.pixelSize: 12
        font.bold: field.edited
    }
    TextField {
        id: input
        property bool edited: false
        Layout.fillWidth: true
        text: field.mixed ? "" : (field.bulk.values[field.name] ?? "")
        placeholderText: field.mixed ? qsTr("(mixed)") : ""
        selectByMouse: true
        onTextEdited: edited = true
        onAccepted: field.accepted()
        Keys.onEscapePressed: field.cancelled()
        Accessible.description: problem.text
        ProblemOutline {
            message: problem
        }
    }
    InlineMessage {
        id: problem
        Layout.fillWidth: true
        text: field.error
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: field.error.length > 0 ? "" : field.note
        opacity: 0.7
        wrapMode: Text.Wrap
        font.pixelSize: 12
    }
}

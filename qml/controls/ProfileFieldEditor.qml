// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// One threshold of a delivery profile: a number, a list of formats or a switch. Text is checked
// as it is typed and saved when editing finishes; a refused value stays with the reason under it.
ColumnLayout {
    id: editor

    required property var field
    required property QualityCatalog quality
    required property string profileKey
    property string error: ""

    spacing: 2

    function commit(text) {
        error = quality.validateProfileField(profileKey, field.name, text)
        if (error.length === 0)
            quality.setProfileField(profileKey, field.name, text)
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: editor.field.label
            elide: Text.ElideRight
        }
        CheckBox {
            visible: editor.field.kind === "switch"
            checked: editor.field.value === "true"
            onToggled: editor.commit(checked ? "true" : "false")
            Accessible.name: editor.field.label
        }
        TextField {
            objectName: "profileField_" + editor.field.name
            visible: editor.field.kind !== "switch"
            Layout.preferredWidth: editor.field.kind === "list" ? 180 : 110
            horizontalAlignment: editor.field.kind === "list" ? Text.AlignLeft : Text.AlignRight
            text: editor.field.value
            placeholderText: editor.field.optional ? qsTr("not checked") : ""
            inputMethodHints: editor.field.kind === "list" ? Qt.ImhNone : Qt.ImhFormattedNumbersOnly
            Accessible.name: editor.field.label
            onTextEdited: editor.error = editor.quality.validateProfileField(editor.profileKey, editor.field.name, text)
            onEditingFinished: if (text !== editor.field.value) editor.commit(text)
        }
        Label {
            Layout.preferredWidth: 40
            text: editor.field.unit
            opacity: 0.7
        }
    }
    InlineMessage {
        Layout.fillWidth: true
        text: editor.error
    }
    Label {
        Layout.fillWidth: true
        visible: editor.error.length === 0 && !editor.field.isDefault
        text: qsTr("Default: %1").arg(editor.field.defaultValue.length > 0
                                      ? (editor.field.kind === "switch"
                                         ? (editor.field.defaultValue === "true" ? qsTr("on") : qsTr("off"))
                                         : editor.field.defaultValue + " " + editor.field.unit)
                                      : qsTr("not checked"))
        font.pixelSize: 11
        opacity: 0.6
    }
}

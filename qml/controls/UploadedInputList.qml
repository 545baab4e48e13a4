// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// What was uploaded to the AI tool for the selected track (a vocal take, lyrics, a melody, an
// image), who owns it and whether you may use it, with the licence as a dropped document. Someone
// else's material without permission blocks releasing the track. Every change is undoable.
ColumnLayout {
    id: list

    required property RightsCatalog rights
    /// Shown and opened, not changed (a viewer of a team catalog).
    property bool readOnly: false

    function save(input, key, value) {
        const changed = Object.assign({}, input)
        changed[key] = value
        delete changed.documentAssetId // the form edits the fields, not the document
        return list.rights.saveInput(changed)
    }

    spacing: 6

    Label {
        text: qsTr("Uploaded inputs")
        font.bold: true
    }
    Label {
        visible: entries.count === 0
        text: qsTr("Nothing uploaded to the tool is recorded.")
        opacity: 0.7
    }
    Repeater {
        id: entries
        model: list.rights.inputs
        delegate: ColumnLayout {
            id: entry
            required property var modelData
            // A finding about this input leads to its own row ("inputEntry_<id>/inputEntryPermission").
            objectName: "inputEntry_" + entry.modelData.id
            Layout.fillWidth: true
            spacing: 3
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: entry.modelData.kindName
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.description
                    elide: Text.ElideRight
                }
                ToolButton {
                    text: qsTr("Remove")
                    enabled: !list.readOnly
                    onClicked: list.rights.removeInput(entry.modelData.id)
                }
            }
            EditableField {
                objectName: "inputEntryOwner"
                Layout.fillWidth: true
                enabled: !list.readOnly
                label: qsTr("Owner")
                value: entry.modelData.owner
                placeholder: qsTr("Who owns it")
                onCommitted: text => list.save(entry.modelData, "owner", text.trim())
            }
            Label {
                text: qsTr("May you use it?")
                opacity: 0.7
                font.pixelSize: 12
            }
            ComboBox {
                objectName: "inputEntryPermission"
                Layout.fillWidth: true
                model: list.rights.choices("inputPermissions")
                textRole: "text"
                valueRole: "value"
                enabled: !list.readOnly
                currentIndex: list.rights.choices("inputPermissions").findIndex(c => c.value === entry.modelData.permission)
                onActivated: list.save(entry.modelData, "permission", currentValue)
            }
            DocumentSlot {
                visible: entry.modelData.permission === "licensed" || entry.modelData.documentAssetId > 0
                Layout.fillWidth: true
                path: entry.modelData.documentPath
                documentState: entry.modelData.documentState
                fileUrl: list.rights.documentUrl(entry.modelData.documentAssetId)
                attachText: qsTr("Attach licence…")
                readOnly: list.readOnly
                hasLibraryFolder: list.rights.hasLibraryFolder
                onAttach: file => list.rights.attachDocument("input", entry.modelData.id, file)
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        visible: !list.readOnly
        enabled: visible
        columns: 2
        ComboBox {
            id: kind
            model: list.rights.choices("inputKinds")
            textRole: "text"
            valueRole: "value"
        }
        TextField {
            id: description
            objectName: "inputDescription"
            Layout.fillWidth: true
            placeholderText: qsTr("What was uploaded (e.g. my vocal demo)")
        }
        ComboBox {
            id: permission
            objectName: "inputPermission"
            model: list.rights.choices("inputPermissions")
            textRole: "text"
            valueRole: "value"
        }
        TextField {
            id: owner
            objectName: "inputOwner"
            Layout.fillWidth: true
            placeholderText: qsTr("Who owns it")
        }
        Button {
            objectName: "addInput"
            Layout.columnSpan: 2
            Layout.alignment: Qt.AlignRight
            text: qsTr("Add Input")
            enabled: description.text.trim().length > 0 && list.rights.currentTrackId > 0
            onClicked: {
                if (list.rights.saveInput({ id: 0, trackId: list.rights.currentTrackId, kind: kind.currentValue,
                                            description: description.text, owner: owner.text,
                                            permission: permission.currentValue })) {
                    description.text = ""
                    owner.text = ""
                }
            }
        }
    }
}

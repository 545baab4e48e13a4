// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// What people did on the selected track, per element, each with its evidence (drafts, session
// files): add, remove; attach, replace or remove evidence, also by dropping a file. Every change
// is undoable.
ColumnLayout {
    id: list

    required property RightsCatalog rights
    /// Shown, not changed (a viewer of a team catalog).
    property bool readOnly: false

    spacing: 6

    Label {
        text: qsTr("Human contributions")
        font.bold: true
        font.pixelSize: 16
    }
    Label {
        visible: entries.count === 0
        text: qsTr("None documented yet.")
        opacity: 0.7
    }
    ListView {
        id: entries
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 10
        model: list.rights.contributions
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            id: entry
            required property var modelData
            width: ListView.view.width - 12
            spacing: 3
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: entry.modelData.elementName
                    font.bold: true
                }
                Label {
                    text: qsTr("by %1").arg(entry.modelData.party)
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                ToolButton {
                    text: qsTr("Remove")
                    enabled: !list.readOnly
                    onClicked: list.rights.removeContribution(entry.modelData.id)
                }
            }
            Label {
                visible: entry.modelData.description.length > 0
                text: entry.modelData.description
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                opacity: 0.8
                font.pixelSize: 12
            }
            Repeater {
                model: entry.modelData.evidence
                delegate: DocumentSlot {
                    required property var modelData
                    Layout.fillWidth: true
                    path: modelData.path
                    documentState: modelData.state
                    fileUrl: list.rights.documentUrl(modelData.assetId)
                    readOnly: list.readOnly
                    hasLibraryFolder: list.rights.hasLibraryFolder
                    removable: true
                    onAttach: file => list.rights.attachDocument("evidence", entry.modelData.id, file, modelData.assetId)
                    onRemove: list.rights.removeEvidence(entry.modelData.id, modelData.assetId)
                }
            }
            DocumentSlot {
                Layout.fillWidth: true
                visible: !list.readOnly
                attachText: qsTr("Add evidence…")
                hasLibraryFolder: list.rights.hasLibraryFolder
                onAttach: file => list.rights.attachDocument("evidence", entry.modelData.id, file)
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        visible: !list.readOnly
        enabled: visible
        columns: 2
        ComboBox {
            id: element
            model: list.rights.elements
            textRole: "text"
            valueRole: "value"
        }
        TextField {
            id: party
            objectName: "contributionParty"
            Layout.fillWidth: true
            placeholderText: qsTr("Who (e.g. your name)")
        }
        TextField {
            id: description
            Layout.fillWidth: true
            placeholderText: qsTr("What they did")
        }
        Button {
            text: qsTr("Add Contribution")
            enabled: party.text.trim().length > 0 && list.rights.currentTrackId > 0
            onClicked: {
                if (list.rights.saveContribution({ id: 0, trackId: list.rights.currentTrackId,
                                                   element: element.currentValue, party: party.text,
                                                   description: description.text })) {
                    party.text = ""
                    description.text = ""
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// The AI tools' terms table: what each plan of each tool allowed from which day. Tracks are judged
// against the row in force on their generation date, so an edit here re-judges them at once.
// Add, edit and delete are undoable (Ctrl+Z on the page).
Dialog {
    id: dialog
    objectName: "toolTermsDialog"

    required property RightsCatalog rights
    property int currentRow: -1

    function select(row) {
        dialog.currentRow = row
        form.load(row >= 0 ? dialog.rights.terms.get(row) : {})
    }

    title: qsTr("AI Tool Terms")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(980, (Overlay.overlay?.width ?? 1020) - 40)
    height: Math.min(640, (Overlay.overlay?.height ?? 680) - 40)
    standardButtons: Dialog.Close
    onAboutToShow: dialog.select(-1)

    Connections {
        target: dialog.rights.terms
        // Keep the selection on the same terms across the reload that follows every edit.
        function onModelReset() {
            const id = form.entry.termsId ?? 0
            dialog.currentRow = id > 0 ? dialog.rights.terms.rowOf(id) : -1
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.8
            text: qsTr("What each plan allowed, from the day it took effect. A generation is judged against the terms in force on its date.")
        }
        ListView {
            id: rows
            objectName: "termsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.rights.terms
            currentIndex: dialog.currentRow
            ScrollBar.vertical: ScrollBar {}
            header: ToolTermsRow {
                width: rows.width - 12
                heading: true
                index: -1
                tool: ""
                plan: ""
                paid: ""
                commercialUse: true
                ownershipName: ""
                validFrom: ""
                validUntil: ""
                recordedOn: ""
                example: false
                usedBy: 0
            }
            delegate: ToolTermsRow {
                id: termsRow
                objectName: "termsRow_" + termsRow.tool + "_" + termsRow.plan
                width: rows.width - 12
                highlighted: ListView.isCurrentItem
                onClicked: dialog.select(termsRow.index)
            }
        }
        ToolTermsForm {
            id: form
            Layout.fillWidth: true
            rights: dialog.rights
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("New Terms")
                onClicked: dialog.select(-1)
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "termsDelete"
                text: qsTr("Delete")
                enabled: dialog.currentRow >= 0
                onClicked: {
                    if (dialog.rights.removeTerms(form.entry.termsId))
                        dialog.select(-1)
                }
            }
            Button {
                objectName: "termsSave"
                text: (form.entry.termsId ?? 0) > 0 ? qsTr("Save Changes") : qsTr("Add Terms")
                enabled: form.problem.length === 0
                highlighted: true
                onClicked: {
                    if (dialog.rights.saveTerms(form.edited) && (form.entry.termsId ?? 0) === 0)
                        dialog.select(-1)
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Adds or edits a clearance item. What is wrong with the typed values (e.g. validity ending
// before it starts) is shown as they are typed, and Save stays off until it is fixed.
Dialog {
    id: dialog
    objectName: "clearanceItemDialog"

    required property RightsCatalog rights
    property var item: ({})
    readonly property var edited: ({
        id: dialog.item.id ?? 0,
        trackId: dialog.item.trackId ?? 0,
        kind: kind.currentValue ?? "other",
        status: status.currentValue ?? "missing",
        counterparty: counterparty.text,
        territory: territory.text,
        validFrom: validFrom.text,
        validUntil: validUntil.text,
        notes: notes.text
    })
    readonly property string problem: rights.clearanceProblem(edited)

    function edit(entry) {
        dialog.item = entry
        kind.currentIndex = Math.max(0, rights.kinds.findIndex(k => k.value === (entry.kind ?? "ai_tool_licence")))
        status.currentIndex = Math.max(0, rights.statuses.findIndex(s => s.value === (entry.status ?? "missing")))
        counterparty.text = entry.counterparty ?? ""
        territory.text = entry.territory ?? qsTr("World")
        validFrom.text = entry.validFrom ?? ""
        validUntil.text = entry.validUntil ?? ""
        notes.text = entry.notes ?? ""
        open()
    }

    title: (item.id ?? 0) > 0 ? qsTr("Edit Clearance Item") : qsTr("Add Clearance Item")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 440
    // As tall as the form at its width (wrapped text and the problem line included).
    contentHeight: form.implicitHeight
    onAccepted: rights.saveClearanceItem(edited)

    footer: DialogButtonBox {
        Button {
            text: qsTr("Save")
            enabled: dialog.problem.length === 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    GridLayout {
        id: form
        anchors.fill: parent
        columns: 2
        columnSpacing: 10
        rowSpacing: 6

        Label {
            id: kindLabel
            text: qsTr("Kind")
        }
        ComboBox {
            id: kind
            Accessible.name: kindLabel.text
            Layout.fillWidth: true
            model: dialog.rights.kinds
            textRole: "text"
            valueRole: "value"
        }
        Label {
            id: counterpartyLabel
            text: qsTr("Counterparty")
        }
        TextField {
            id: counterparty
            Accessible.name: counterpartyLabel.text
            objectName: "clearanceCounterparty"
            Layout.fillWidth: true
            placeholderText: qsTr("Who grants it, e.g. Suno, Inc.")
        }
        Label {
            id: statusLabel
            text: qsTr("Status")
        }
        ComboBox {
            id: status
            Accessible.name: statusLabel.text
            Layout.fillWidth: true
            model: dialog.rights.statuses
            textRole: "text"
            valueRole: "value"
        }
        Label {
            id: territoryLabel
            text: qsTr("Territory")
        }
        TextField {
            id: territory
            Accessible.name: territoryLabel.text
            Layout.fillWidth: true
        }
        Label {
            id: validFromLabel
            text: qsTr("Valid from")
        }
        DateField {
            id: validFrom
            accessibleName: validFromLabel.text
            Layout.fillWidth: true
            placeholderText: qsTr("YYYY-MM-DD")
        }
        Label {
            id: validUntilLabel
            text: qsTr("Valid until")
        }
        DateField {
            id: validUntil
            accessibleName: validUntilLabel.text
            Layout.fillWidth: true
            placeholderText: qsTr("YYYY-MM-DD, empty if open-ended")
        }
        Label {
            id: notesLabel
            text: qsTr("Notes")
        }
        TextField {
            id: notes
            Accessible.name: notesLabel.text
            Layout.fillWidth: true
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.problem.length > 0
            text: dialog.problem
            color: Tones.negative
            wrapMode: Text.Wrap
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("Attach the signed document on the item after saving (drop it there).")
            opacity: 0.7
            wrapMode: Text.Wrap
            font.pixelSize: 12
        }
    }
}

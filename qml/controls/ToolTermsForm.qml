// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// One row of the AI tools' terms table as a form: what is wrong with the typed values (a missing
// tool or plan, a date that is not one, the same tool, plan and start as another row) shows while
// typing, and Save stays off until it is fixed. The rights catalog checks and saves, undoably.
GridLayout {
    id: form

    required property RightsCatalog rights
    property var entry: ({})
    readonly property var edited: ({
        id: form.entry.termsId ?? 0,
        tool: tool.text,
        plan: plan.text,
        paid: paid.currentValue ?? "",
        commercialUse: commercial.checked,
        ownership: ownership.currentValue ?? "user",
        validFrom: validFrom.text,
        validUntil: validUntil.text,
        recordedOn: recordedOn.text,
        source: source.text,
        example: example.checked
    })
    readonly property string problem: rights.termsProblem(edited)
    readonly property var paidChoices: [
        { value: "", text: qsTr("Not recorded") },
        { value: "1", text: qsTr("Paid plan") },
        { value: "0", text: qsTr("Free plan") }
    ]

    /// Fills the form from a row of the terms model (rights.terms.get(row)), or empty to add one.
    function load(row) {
        form.entry = row
        tool.text = row.tool ?? ""
        plan.text = row.plan ?? ""
        paid.currentIndex = Math.max(0, form.paidChoices.findIndex(c => c.value === (row.paid ?? "")))
        commercial.checked = row.commercialUse ?? false
        const ownerships = form.rights.choices("ownerships")
        ownership.currentIndex = Math.max(0, ownerships.findIndex(c => c.value === (row.ownership ?? "user")))
        validFrom.text = row.validFrom ?? ""
        validUntil.text = row.validUntil ?? ""
        recordedOn.text = row.recordedOn ?? Qt.formatDate(new Date(), "yyyy-MM-dd")
        source.text = row.source ?? ""
        example.checked = row.example ?? false
    }

    columns: 4
    columnSpacing: 10
    rowSpacing: 6

    Label {
        id: toolLabel
        text: qsTr("Tool")
    }
    TextField {
        id: tool
        Accessible.name: toolLabel.text
        objectName: "termsTool"
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. Suno")
    }
    Label {
        id: planLabel
        text: qsTr("Plan")
    }
    TextField {
        id: plan
        Accessible.name: planLabel.text
        objectName: "termsPlan"
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. Pro")
    }
    Label {
        id: paidLabel
        text: qsTr("Plan type")
    }
    ComboBox {
        id: paid
        Accessible.name: paidLabel.text
        Layout.fillWidth: true
        model: form.paidChoices
        textRole: "text"
        valueRole: "value"
    }
    Label {
        id: ownershipLabel
        text: qsTr("Output owned by")
    }
    ComboBox {
        id: ownership
        Accessible.name: ownershipLabel.text
        Layout.fillWidth: true
        model: form.rights.choices("ownerships")
        textRole: "text"
        valueRole: "value"
    }
    Label {
        id: validFromLabel
        text: qsTr("In force from")
    }
    DateField {
        id: validFrom
        accessibleName: validFromLabel.text
        objectName: "termsValidFrom"
        Layout.fillWidth: true
        placeholderText: qsTr("YYYY-MM-DD")
    }
    Label {
        id: validUntilLabel
        text: qsTr("Until")
    }
    DateField {
        id: validUntil
        accessibleName: validUntilLabel.text
        Layout.fillWidth: true
        placeholderText: qsTr("YYYY-MM-DD, empty if still in force")
    }
    Label {
        id: recordedOnLabel
        text: qsTr("Read on")
    }
    DateField {
        id: recordedOn
        accessibleName: recordedOnLabel.text
        Layout.fillWidth: true
        placeholderText: qsTr("YYYY-MM-DD")
    }
    CheckBox {
        id: commercial
        Layout.columnSpan: 2
        text: qsTr("Commercial use allowed")
    }
    Label {
        id: sourceLabel
        text: qsTr("Source")
    }
    TextField {
        id: source
        Accessible.name: sourceLabel.text
        Layout.columnSpan: 3
        Layout.fillWidth: true
        placeholderText: qsTr("Where the terms are published, or what they say")
    }
    CheckBox {
        id: example
        Layout.columnSpan: 4
        text: qsTr("Example shipped with Imprint, not yet confirmed against the vendor's terms")
    }
    InlineMessage {
        objectName: "termsProblem"
        Layout.columnSpan: 4
        Layout.fillWidth: true
        text: form.problem
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The selected party: names, identifiers (checked as typed), society and contact, and every
// credit and share it holds across the catalog.
ScrollView {
    id: view

    required property CreditsCatalog credits
    /// Shown, not edited (a viewer of a team catalog).
    property bool readOnly: false
    readonly property var party: credits.currentParty
    readonly property var partyId: party.id !== undefined ? party.id : 0

    function text(key) {
        return view.party[key] !== undefined ? String(view.party[key]) : ""
    }
    function problem(kind, typed) {
        const check = Identifiers.validate(kind, typed)
        return typed.length > 0 && !check.valid ? check.reason : ""
    }

    contentWidth: availableWidth

    ColumnLayout {
        width: view.availableWidth
        enabled: !view.readOnly
        spacing: 12

        EditableField {
            objectName: "partyNameField"
            Layout.fillWidth: true
            label: qsTr("Name")
            value: view.text("name")
            onCommitted: text => view.credits.setPartyField(view.partyId, "name", text)
        }
        EditableField {
            Layout.fillWidth: true
            label: qsTr("Sort name")
            placeholder: qsTr("Surname, Given name")
            value: view.text("sortName")
            onCommitted: text => view.credits.setPartyField(view.partyId, "sortName", text)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            EditableField {
                id: isniField
                objectName: "isniField"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("ISNI")
                placeholder: qsTr("0000 0001 2345 6789")
                value: view.text("isni")
                error: view.problem("isni", isniField.editor.text)
                onCommitted: text => view.credits.setPartyField(view.partyId, "isni", text)
            }
            EditableField {
                id: ipiField
                objectName: "ipiField"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("IPI name number")
                placeholder: qsTr("11 digits")
                value: view.text("ipi")
                error: view.problem("ipi", ipiField.editor.text)
                onCommitted: text => view.credits.setPartyField(view.partyId, "ipi", text)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            EditableField {
                Layout.fillWidth: true
                label: qsTr("Performing rights organisation")
                placeholder: qsTr("PRS, ASCAP, GEMA…")
                value: view.text("pro")
                onCommitted: text => view.credits.setPartyField(view.partyId, "pro", text)
            }
            EditableField {
                Layout.fillWidth: true
                label: qsTr("Contact")
                placeholder: qsTr("E-mail or phone")
                value: view.text("contact")
                onCommitted: text => view.credits.setPartyField(view.partyId, "contact", text)
            }
        }
        Label {
            text: qsTr("Credits and shares in the catalog")
            font.bold: true
            Layout.topMargin: 8
        }
        Label {
            visible: view.credits.partyActivity.length === 0
            text: qsTr("Not credited anywhere yet.")
            opacity: 0.7
        }
        Repeater {
            model: view.credits.partyActivity
            delegate: RowLayout {
                id: activity
                required property var modelData
                Layout.fillWidth: true
                spacing: 12
                Label {
                    Layout.preferredWidth: 130
                    text: activity.modelData.kindText
                    opacity: 0.7
                }
                Label {
                    Layout.fillWidth: true
                    text: activity.modelData.subject
                    elide: Text.ElideRight
                }
                Label {
                    text: activity.modelData.detail
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The credits of a recording: party, role, instrument and whether AI was used in that role.
// Every change is saved at once and undoable; a name not in the catalog creates the party.
ColumnLayout {
    id: table

    required property CreditsCatalog credits
    required property var trackId
    readonly property var roles: credits.creditRoles

    spacing: 4

    function addCredit() {
        if (newParty.text.trim().length === 0)
            return
        if (table.credits.addCredit(table.trackId, newParty.text, table.roles[newRole.currentIndex].value,
                                    newInstrument.text, newAi.checked)) {
            newParty.clear()
            newParty.typedLength = 0
            newInstrument.clear()
            newAi.checked = false
            newParty.forceActiveFocus()
        }
    }

    Label {
        Layout.fillWidth: true
        visible: table.credits.trackCredits.count === 0
        text: qsTr("No credits yet: add the main artist first.")
        wrapMode: Text.Wrap
        opacity: 0.7
    }
    Repeater {
        model: table.credits.trackCredits
        // Two lines per credit, so the table fits the narrow track pane.
        delegate: GridLayout {
            id: creditRow
            required property int index
            required property string partyName
            required property string role
            required property string instrument
            required property bool aiUsed
            Layout.fillWidth: true
            Layout.bottomMargin: 6
            columns: 3
            columnSpacing: 6
            rowSpacing: 2

            PartyNameField {
                id: partyField
                Layout.fillWidth: true
                Layout.columnSpan: 2
                Layout.preferredWidth: 120
                credits: table.credits
                text: creditRow.partyName
                onEditingFinished: {
                    if (text !== creditRow.partyName)
                        table.credits.setCreditField(table.trackId, creditRow.index, "partyName", text)
                    text = Qt.binding(() => creditRow.partyName)
                }
                Keys.onEscapePressed: {
                    text = Qt.binding(() => creditRow.partyName)
                    focus = false
                }
            }
            ToolButton {
                text: qsTr("Remove this credit")
                icon.name: "list-remove"
                display: AbstractButton.IconOnly
                onClicked: table.credits.removeCredit(table.trackId, creditRow.index)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove this credit")
            }
            ComboBox {
                Layout.fillWidth: true
                Layout.preferredWidth: 100
                model: table.roles
                textRole: "text"
                currentIndex: table.roles.findIndex(choice => choice.value === creditRow.role)
                onActivated: index => table.credits.setCreditField(table.trackId, creditRow.index, "role",
                                                                   table.roles[index].value)
            }
            TextField {
                Layout.fillWidth: true
                Layout.preferredWidth: 80
                text: creditRow.instrument
                placeholderText: qsTr("Instrument")
                selectByMouse: true
                onEditingFinished: {
                    if (text !== creditRow.instrument)
                        table.credits.setCreditField(table.trackId, creditRow.index, "instrument", text)
                    text = Qt.binding(() => creditRow.instrument)
                }
                Keys.onEscapePressed: {
                    text = Qt.binding(() => creditRow.instrument)
                    focus = false
                }
            }
            CheckBox {
                text: qsTr("AI")
                checked: creditRow.aiUsed
                onToggled: table.credits.setCreditField(table.trackId, creditRow.index, "aiUsed", checked)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("AI was used in this role")
            }
        }
    }
    // Tab goes name → role → instrument → AI → Add; Enter in the name or instrument adds.
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        columnSpacing: 6
        rowSpacing: 2
        PartyNameField {
            id: newParty
            objectName: "newCreditParty"
            Layout.fillWidth: true
            Layout.columnSpan: 4
            Layout.preferredWidth: 120
            credits: table.credits
            placeholderText: qsTr("Add a credit: name")
            Accessible.name: placeholderText
            onAccepted: table.addCredit()
            Keys.onEscapePressed: {
                clear()
                typedLength = 0
            }
        }
        ComboBox {
            id: newRole
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            model: table.roles
            textRole: "text"
            Accessible.name: qsTr("Role of the new credit")
        }
        TextField {
            id: newInstrument
            Layout.fillWidth: true
            Layout.preferredWidth: 80
            placeholderText: qsTr("Instrument")
            Accessible.name: qsTr("Instrument of the new credit")
            selectByMouse: true
            onAccepted: table.addCredit()
        }
        CheckBox {
            id: newAi
            text: qsTr("AI")
        }
        Button {
            text: qsTr("Add")
            enabled: newParty.text.trim().length > 0
            onClicked: table.addCredit()
        }
    }
}

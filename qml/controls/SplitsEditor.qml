// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Shares of a split set (master ownership, or a work's writers): party, role when asked, percent.
// The rows are a draft until saved; the running total and what is wrong come from the catalog's
// rules, and only a set of exactly 100 % can be saved, as one undoable step.
ColumnLayout {
    id: editor

    required property CreditsCatalog credits
    /// The saved rows: [{partyName, role, percent}].
    property var saved: []
    /// Writers' roles for a work's shares ([{value, text}]); empty for master ownership.
    property var roles: []
    readonly property bool withRoles: roles.length > 0
    property string emptyText: qsTr("No shares yet.")
    property int revision: 0
    readonly property var rows: {
        editor.revision
        const out = []
        for (let i = 0; i < draft.count; ++i) {
            const row = draft.get(i)
            out.push({ partyName: row.partyName, role: row.role, percent: row.percent })
        }
        return out
    }
    readonly property var check: editor.credits.checkShares(editor.rows, editor.withRoles)
    readonly property bool dirty: JSON.stringify(editor.rows) !== JSON.stringify(editor.savedRows())

    signal saveRequested(var rows)

    function savedRows() {
        return editor.saved.map(row => ({ partyName: row.partyName, role: row.role, percent: row.percent }))
    }
    function reset() {
        draft.clear()
        for (const row of editor.savedRows())
            draft.append(row)
        editor.revision++
    }
    function change(index, key, value) {
        draft.setProperty(index, key, value)
        editor.revision++
    }
    function add() {
        draft.append({ partyName: "", role: editor.withRoles ? editor.roles[0].value : "", percent: "" })
        editor.revision++
    }
    function splitEvenly() {
        const percents = editor.credits.evenPercents(draft.count)
        for (let i = 0; i < draft.count; ++i)
            draft.setProperty(i, "percent", percents[i])
        editor.revision++
    }
    function save() {
        if (editor.check.complete && editor.dirty)
            editor.saveRequested(editor.rows)
    }

    onSavedChanged: reset()
    Component.onCompleted: reset()
    spacing: 4

    ListModel {
        id: draft
    }

    Label {
        Layout.fillWidth: true
        visible: draft.count === 0
        text: editor.emptyText
        wrapMode: Text.Wrap
        opacity: 0.7
    }
    Repeater {
        model: draft
        delegate: RowLayout {
            id: shareRow
            required property int index
            required property string partyName
            required property string role
            required property string percent
            Layout.fillWidth: true
            spacing: 6

            PartyNameField {
                Layout.fillWidth: true
                Layout.preferredWidth: 100
                credits: editor.credits
                text: shareRow.partyName
                onEdited: editor.change(shareRow.index, "partyName", text)
                onAccepted: editor.save()
                Keys.onEscapePressed: editor.reset()
            }
            ComboBox {
                Layout.preferredWidth: 150
                visible: editor.withRoles
                model: editor.roles
                textRole: "text"
                currentIndex: editor.roles.findIndex(choice => choice.value === shareRow.role)
                onActivated: index => editor.change(shareRow.index, "role", editor.roles[index].value)
            }
            TextField {
                Layout.preferredWidth: 64
                text: shareRow.percent
                placeholderText: "0"
                horizontalAlignment: TextInput.AlignRight
                selectByMouse: true
                onTextEdited: editor.change(shareRow.index, "percent", text)
                onAccepted: editor.save()
                Keys.onEscapePressed: editor.reset()
            }
            Label {
                text: "%"
            }
            ToolButton {
                text: qsTr("Remove this share")
                icon.name: "list-remove"
                display: AbstractButton.IconOnly
                onClicked: {
                    draft.remove(shareRow.index)
                    editor.revision++
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Remove this share")
            }
        }
    }
    // A Flow, not a row: in a narrow pane (and in German) the total goes to the next line
    // instead of pushing the pane wider than the window.
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Button {
            text: qsTr("Add Party")
            onClicked: editor.add()
        }
        Button {
            text: qsTr("Split Evenly")
            enabled: draft.count > 0
            onClicked: editor.splitEvenly()
        }
        Label {
            height: implicitHeight
            topPadding: 6
            text: qsTr("Total: %1").arg(editor.check.total)
            font.bold: true
            color: editor.check.complete ? Kirigami.Theme.textColor : Tones.negative
        }
    }
    Label {
        Layout.fillWidth: true
        visible: draft.count > 0 && !editor.check.complete
        text: editor.check.problem
        color: Tones.negative
        wrapMode: Text.Wrap
        font.pixelSize: 12
    }
    RowLayout {
        visible: editor.dirty
        spacing: 6
        Button {
            text: qsTr("Save Splits")
            highlighted: true
            enabled: editor.check.complete
            onClicked: editor.save()
        }
        Button {
            text: qsTr("Revert")
            onClicked: editor.reset()
        }
    }
}

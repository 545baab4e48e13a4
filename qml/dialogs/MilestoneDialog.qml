// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Edits one milestone of the selected release: its date, notes and whether it is done, saved
// as one undo step. A task of the user's own can be deleted here too.
Dialog {
    id: dialog

    required property PlanningSession planning
    property var milestone: ({})
    readonly property bool ownTask: (milestone.key ?? "") === ""
    readonly property string problem: planning.dateProblem(dateField.text)

    function edit(entry) {
        milestone = entry
        dateField.text = entry.dueDate ?? ""
        notesField.text = entry.notes ?? ""
        doneBox.checked = entry.done ?? false
        open()
        dateField.input.forceActiveFocus()
    }
    function save() {
        if (problem.length === 0 && planning.editMilestone(milestone.id, dateField.text, notesField.text, doneBox.checked))
            close()
    }

    objectName: "milestoneDialog"
    title: milestone.name ?? ""
    modal: true
    anchors.centerIn: Overlay.overlay
    // A fixed width (margins fit it into a small window): following the declaring panel's
    // layout made its text re-wrap while its height was computed, a binding loop in German.
    width: 440
    margins: 20

    footer: DialogButtonBox {
        Button {
            objectName: "deleteTaskButton"
            visible: dialog.ownTask
            text: qsTr("Delete Task")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                if (dialog.planning.deleteTask(dialog.milestone.id))
                    dialog.close()
            }
        }
        Button {
            objectName: "saveMilestoneButton"
            text: qsTr("Save")
            enabled: dialog.problem.length === 0
            onClicked: dialog.save()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12

        Label {
            id: dateLabel
            text: qsTr("Due")
        }
        DateField {
            id: dateField
            objectName: "milestoneDate"
            accessibleName: dateLabel.text
            Layout.fillWidth: true
            placeholderText: qsTr("YYYY-MM-DD")
            accessibleDescription: dateProblem.text
            problem: dateProblem
            onAccepted: dialog.save()
        }
        InlineMessage {
            id: dateProblem
            objectName: "milestoneDateProblem"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: dialog.problem
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 12
            visible: text.length > 0 && !dateProblem.visible
            opacity: 0.7
            text: dialog.milestone.hardLimit ? qsTr("It cannot be done after %1.").arg(dialog.milestone.hardLimit)
                : (!dialog.ownTask && dateField.text !== dialog.milestone.dueDate)
                  ? qsTr("From now on it keeps this date when the release moves.") : ""
        }
        Label {
            id: notesLabel
            text: qsTr("Notes")
            Layout.alignment: Qt.AlignTop
        }
        TextArea {
            id: notesField
            objectName: "milestoneNotes"
            Accessible.name: notesLabel.text
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Who does it, links, what is left…")
        }
        Item {
            implicitWidth: 1
        }
        CheckBox {
            id: doneBox
            objectName: "milestoneDone"
            text: qsTr("Done")
        }
    }
}

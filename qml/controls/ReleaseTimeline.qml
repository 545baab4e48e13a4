// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// The selected release's milestones in date order, each with its state; ticking one marks it
// done, Edit… (or a double-click) changes its date and notes or deletes a task of your own;
// every change is undoable with Ctrl+Z.
ColumnLayout {
    id: timeline

    required property PlanningSession planning
    readonly property var plan: planning.current
    /// Shown, not changed (a viewer of a team catalog).
    property bool readOnly: false

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        ElidedLabel {
            Layout.fillWidth: true
            text: timeline.plan.title ? timeline.plan.title : qsTr("Select a release on the calendar")
            font.bold: true
            font.pixelSize: 15
        }
        ToolButton {
            objectName: "deleteReleaseButton"
            visible: !!timeline.plan.title
            enabled: !timeline.readOnly
            text: qsTr("Delete…")
            onClicked: deleteDialog.ask(timeline.plan.releaseId)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Delete this release and its plan")
        }
    }
    DeleteReleaseDialog {
        id: deleteDialog
        planning: timeline.planning
    }
    MilestoneDialog {
        id: milestoneDialog
        planning: timeline.planning
    }
    Label {
        visible: !!timeline.plan.title
        text: qsTr("Release date: %1").arg(timeline.plan.releaseDate || qsTr("not scheduled"))
        opacity: 0.8
    }
    Repeater {
        model: timeline.plan.risks || []
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            text: "⚠ " + modelData
            wrapMode: Text.Wrap
            color: Tones.negative
            font.pixelSize: 12
        }
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: timeline.plan.milestones || []
        delegate: RowLayout {
            id: entry
            required property var modelData
            width: ListView.view.width
            spacing: 6
            Rectangle {
                Layout.fillHeight: true
                implicitWidth: 3
                color: Tones.milestone(entry.modelData.state, entry.modelData.hardLimitPassed)
            }
            CheckBox {
                checked: entry.modelData.done
                enabled: !timeline.readOnly
                onToggled: timeline.planning.setMilestoneDone(entry.modelData.id, checked)
                ToolTip.visible: hovered
                ToolTip.text: checked ? qsTr("Mark as not done") : qsTr("Mark as done")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.name
                    elide: Text.ElideRight
                    font.strikeout: entry.modelData.done
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.dueDate
                          + (entry.modelData.key === "" ? " · " + qsTr("your task")
                             : entry.modelData.derived ? "" : " · " + qsTr("fixed date"))
                          + (entry.modelData.hardLimitPassed ? " · " + qsTr("too late") : "")
                    opacity: 0.7
                    font.pixelSize: 11
                }
                Label {
                    Layout.fillWidth: true
                    visible: entry.modelData.notes !== ""
                    text: entry.modelData.notes
                    elide: Text.ElideRight
                    maximumLineCount: 2
                    wrapMode: Text.Wrap
                    font.pixelSize: 11
                    font.italic: true
                }
                TapHandler {
                    enabled: !timeline.readOnly
                    onDoubleTapped: milestoneDialog.edit(entry.modelData)
                }
            }
            ToolButton {
                objectName: "editMilestone"
                enabled: !timeline.readOnly
                text: qsTr("Edit…")
                onClicked: milestoneDialog.edit(entry.modelData)
                Accessible.name: qsTr("Edit “%1”").arg(entry.modelData.name)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Change the date or notes")
            }
        }
    }
    RowLayout {
        visible: !!timeline.plan.title && !timeline.readOnly
        enabled: visible
        Layout.fillWidth: true
        TextField {
            id: taskName
            Layout.fillWidth: true
            placeholderText: qsTr("New task")
        }
        DateField {
            id: taskDate
            objectName: "taskDate"
            Layout.preferredWidth: 140
            placeholderText: qsTr("YYYY-MM-DD")
            accessibleName: qsTr("Due date of the new task")
            accessibleDescription: taskDateProblem.text
            problem: taskDateProblem
        }
        Button {
            text: qsTr("Add")
            enabled: taskName.text.length > 0 && timeline.planning.dateProblem(taskDate.text) === ""
            onClicked: {
                if (timeline.planning.addTask(timeline.plan.releaseId, taskName.text, taskDate.text))
                    taskName.clear()
            }
        }
    }
    InlineMessage {
        id: taskDateProblem
        objectName: "taskDateProblem"
        Layout.fillWidth: true
        text: taskDate.text.length > 0 ? timeline.planning.dateProblem(taskDate.text) : ""
    }
}

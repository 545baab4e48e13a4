// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// "What is due this week" across every release, overdue items first.
ColumnLayout {
    id: panel

    required property AgendaModel agenda
    property string title: qsTr("Due This Week")

    signal releaseChosen(real releaseId)

    spacing: 4

    Label {
        text: panel.title
        font.bold: true
        font.pixelSize: 15
    }
    Label {
        visible: panel.agenda.overdueCount > 0
        text: qsTr("%n overdue", "", panel.agenda.overdueCount)
        color: Tones.negative
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: panel.agenda
        section.property: "section"
        section.delegate: Label {
            required property string section
            text: section === "overdue" ? qsTr("Overdue") : section
            font.bold: true
            opacity: 0.7
            topPadding: 6
        }
        delegate: ItemDelegate {
            id: row
            required property string title
            required property string releaseTitle
            required property string dateText
            required property string state
            required property string kind
            required property bool hardLimitPassed
            required property real releaseId
            width: ListView.view.width
            onClicked: panel.releaseChosen(releaseId)
            contentItem: RowLayout {
                spacing: 8
                Rectangle {
                    implicitWidth: 10
                    implicitHeight: 10
                    radius: row.kind === "release" ? 2 : 5
                    color: Tones.milestone(row.state, row.hardLimitPassed)
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.title
                        elide: Text.ElideRight
                        font.bold: row.kind === "release"
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.kind === "release" ? qsTr("Release") : row.releaseTitle
                        elide: Text.ElideRight
                        opacity: 0.7
                        font.pixelSize: 11
                    }
                }
                Label {
                    text: row.dateText
                    opacity: 0.8
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("Nothing due.")
            opacity: 0.6
        }
    }
}

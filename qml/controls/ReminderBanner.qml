// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// On start: what is overdue and what is due in the next seven days, until dismissed.
Pane {
    id: banner

    required property AgendaModel reminders
    property bool dismissed: false
    readonly property int dueSoon: reminders.count - reminders.overdueCount

    signal showRequested()

    visible: !dismissed && reminders.count > 0
    padding: 8
    background: Rectangle {
        color: banner.reminders.overdueCount > 0 ? "#fdecea" : "#e8f0fe"
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            Layout.fillWidth: true
            color: "#202020"
            elide: Text.ElideRight
            text: {
                const parts = []
                if (banner.reminders.overdueCount > 0)
                    parts.push(qsTr("%n overdue", "", banner.reminders.overdueCount))
                if (banner.dueSoon > 0)
                    parts.push(qsTr("%n due in the next 7 days", "", banner.dueSoon))
                return qsTr("Release plan: %1.").arg(parts.join(" · "))
            }
        }
        Button {
            text: qsTr("Show Calendar")
            onClicked: banner.showRequested()
        }
        ToolButton {
            text: "✕"
            onClicked: banner.dismissed = true
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Dismiss")
        }
    }
}

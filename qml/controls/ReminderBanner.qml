// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import org.kde.kirigami as Kirigami
import Imprint.Models

// On start: what is overdue and what is due in the next seven days, until dismissed. A Kirigami
// inline message across the top of the page: an error when something is overdue, else
// information.
Kirigami.InlineMessage {
    id: banner
    objectName: "reminderBanner"

    required property AgendaModel reminders
    property bool dismissed: false
    readonly property int dueSoon: reminders.count - reminders.overdueCount

    signal showRequested()

    visible: !dismissed && reminders.count > 0
    position: Kirigami.InlineMessage.Position.Header
    type: reminders.overdueCount > 0 ? Kirigami.MessageType.Error : Kirigami.MessageType.Information
    text: {
        const parts = []
        if (banner.reminders.overdueCount > 0)
            parts.push(qsTr("%n overdue", "", banner.reminders.overdueCount))
        if (banner.dueSoon > 0)
            parts.push(qsTr("%n due in the next 7 days", "", banner.dueSoon))
        return qsTr("Release plan: %1.").arg(parts.join(" · "))
    }
    actions: [
        Kirigami.Action {
            text: qsTr("Show Calendar")
            icon.name: "view-calendar"
            onTriggered: banner.showRequested()
        },
        Kirigami.Action {
            text: qsTr("Dismiss")
            icon.name: "dialog-close"
            displayHint: Kirigami.DisplayHint.IconOnly
            tooltip: qsTr("Dismiss")
            onTriggered: banner.dismissed = true
        }
    ]
}

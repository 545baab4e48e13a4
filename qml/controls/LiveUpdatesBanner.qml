// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import org.kde.kirigami as Kirigami

// A team catalog whose change feed stopped (the server restarted, the network went away): what
// other people change no longer shows by itself. Says so above every page for as long as it lasts,
// with Reload (View › Reload) to read what they changed meanwhile.
Kirigami.InlineMessage {
    id: banner
    objectName: "liveUpdatesBanner"

    /// CatalogSession.liveUpdatesProblem: why, or empty.
    property string problem
    required property Kirigami.Action reloadAction

    visible: problem.length > 0
    position: Kirigami.InlineMessage.Position.Header
    type: Kirigami.MessageType.Warning
    text: qsTr("Changes other people make show only after Reload: %1").arg(problem)
    actions: [banner.reloadAction]
}

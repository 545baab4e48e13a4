// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint.Models

// A viewer of a team catalog: says why the commands that change the catalog are off and whom to
// ask (the server refuses a viewer's writes whatever the client does; this says it first).
Kirigami.InlineMessage {
    objectName: "readOnlyBanner"

    required property CatalogSession session

    visible: session.readOnly
    position: Kirigami.InlineMessage.Position.Header
    type: Kirigami.MessageType.Information
    text: qsTr("You can read this team catalog but not change it. To make changes, ask its owner to "
               + "make you a member of the role %1.").arg(session.editorRole)
}

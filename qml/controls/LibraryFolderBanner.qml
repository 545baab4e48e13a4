// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import org.kde.kirigami as Kirigami
import Imprint.Models

// The catalog refers to files but their folder is not on this computer (a team library that is
// not mounted, or mounted at another place here): says so above every page, with the command
// that names the folder (File › Library Folder…).
Kirigami.InlineMessage {
    id: banner
    objectName: "libraryFolderBanner"

    required property CatalogSession session
    required property Kirigami.Action chooseAction

    visible: session.libraryFolderMissing
    position: Kirigami.InlineMessage.Position.Header
    type: Kirigami.MessageType.Warning
    text: session.libraryFolder.length > 0
          ? qsTr("The catalog's files are not on this computer at %1: audio checks, previews and deliveries cannot read them.").arg(session.libraryFolder)
          : qsTr("This computer has no folder for the catalog's files yet: audio checks, previews and deliveries cannot read them.")
    actions: [banner.chooseAction]
}

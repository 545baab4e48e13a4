// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.App

// A folder outside the catalog's library: backups and deliveries take files from the library
// only, so its files are copied in (verified, originals untouched) or the import does not happen.
Dialog {
    id: dialog

    required property ImportController importer
    property url folder
    property string libraryRoot
    property string target

    objectName: "copyIntoLibraryDialog"
    title: qsTr("Copy into the Library?")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (Overlay.overlay?.width ?? 560) - 40)
    // As tall as the wrapped text at its width, not as its unwrapped first line.
    contentHeight: body.implicitHeight
    onAccepted: importer.start(folder, true)

    Connections {
        target: dialog.importer
        function onCopyConfirmationNeeded(folder, libraryRoot, target) {
            dialog.folder = folder
            dialog.libraryRoot = libraryRoot
            dialog.target = target
            dialog.open()
        }
    }

    ColumnLayout {
        id: body
        anchors.fill: parent

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("This folder is outside the catalog's library folder %1, where backups and "
                       + "deliveries find their files.\n\nImprint copies its audio and artwork to %2 and "
                       + "catalogs the copies; each copy is checked against its original, and the "
                       + "originals stay where they are.").arg(dialog.libraryRoot).arg(dialog.target)
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "copyIntoLibrary"
            text: qsTr("Copy into Library")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}

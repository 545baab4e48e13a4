// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.App

// Progress of an import with Cancel, then its summary: what was added and every file that
// could not be read, with the reason.
Dialog {
    id: dialog
    objectName: "importDialog"

    required property ImportController importer

    title: importer.running ? qsTr("Importing…") : qsTr("Import Finished")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (Overlay.overlay?.width ?? 680) - 40)
    closePolicy: importer.running ? Popup.NoAutoClose : Popup.CloseOnEscape
    standardButtons: importer.running ? Dialog.Cancel : Dialog.Close
    onRejected: if (importer.running) importer.cancel()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        ProgressBar {
            Layout.fillWidth: true
            visible: dialog.importer.running
            from: 0
            to: Math.max(1, dialog.importer.total)
            value: dialog.importer.done
            indeterminate: dialog.importer.total === 0
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.importer.running
            elide: Text.ElideMiddle
            text: dialog.importer.total > 0
                  ? qsTr("%1 of %2 files").arg(dialog.importer.done).arg(dialog.importer.total)
                  : qsTr("Looking for audio and artwork…")
        }
        Label {
            Layout.fillWidth: true
            visible: !dialog.importer.running
            wrapMode: Text.Wrap
            text: dialog.importer.summaryText
        }
        ListView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 260)
            visible: !dialog.importer.running && count > 0
            clip: true
            model: dialog.importer.problems
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                required property var modelData
                width: ListView.view.width
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: modelData.path
                    elide: Text.ElideMiddle
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: 6
                    text: modelData.reason
                    wrapMode: Text.Wrap
                    opacity: 0.8
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Imprint.App
import Imprint
import Imprint.Models

// Metadata exchange from the catalog page: the catalog as JSON, its tracks as CSV for a
// spreadsheet, and a CSV brought back in after a preview of what it would change.
ToolButton {
    id: button

    required property MetadataExchange exchange
    /// Exports only (a viewer of a team catalog).
    property bool readOnly: false

    text: qsTr("Metadata")
    enabled: !exchange.busy
    onClicked: menu.open()
    ToolTip.visible: hovered
    ToolTip.text: qsTr("Export the catalog as JSON or its tracks as CSV, or import tracks from CSV")

    Menu {
        id: menu
        y: button.height
        MenuItem {
            objectName: "exportJsonItem"
            text: qsTr("Export Catalog as JSON…")
            onTriggered: {
                saveDialog.suffix = "json"
                saveDialog.currentFolder = AppSettings.startFolder("export")
                saveDialog.selectedFile = AppSettings.proposedFile("export", qsTr("Imprint catalog") + ".json")
                saveDialog.open()
            }
        }
        MenuItem {
            objectName: "exportCsvItem"
            text: qsTr("Export Tracks as CSV…")
            onTriggered: {
                saveDialog.suffix = "csv"
                saveDialog.currentFolder = AppSettings.startFolder("export")
                saveDialog.selectedFile = AppSettings.proposedFile("export", qsTr("Imprint tracks") + ".csv")
                saveDialog.open()
            }
        }
        MenuSeparator {}
        MenuItem {
            objectName: "importCsvItem"
            text: qsTr("Import Tracks from CSV…")
            enabled: !button.readOnly
            onTriggered: {
                openDialog.currentFolder = AppSettings.startFolder("documents")
                openDialog.open()
            }
        }
    }

    FileDialog {
        id: saveDialog
        property string suffix: "csv"
        fileMode: FileDialog.SaveFile
        defaultSuffix: suffix
        nameFilters: suffix === "json" ? [qsTr("Imprint catalog (*.json)")] : [qsTr("CSV table (*.csv)")]
        onAccepted: {
            AppSettings.rememberFolder("export", selectedFile)
            button.exchange.exportTo(selectedFile)
        }
    }

    FileDialog {
        id: openDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("CSV table (*.csv)")]
        onAccepted: {
            AppSettings.rememberFolder("documents", selectedFile)
            button.exchange.previewCsv(selectedFile)
        }
    }

    CsvImportDialog {
        id: importDialog
        anchors.centerIn: Overlay.overlay
        onApplyRequested: file => button.exchange.applyCsv(file)
    }

    Dialog {
        id: exportDone
        objectName: "exportDoneDialog"
        property alias text: exportLabel.text
        anchors.centerIn: Overlay.overlay
        modal: true
        standardButtons: Dialog.Ok
        width: Math.min(560, (Overlay.overlay?.width ?? 600) - 40)
        contentHeight: exportLabel.implicitHeight
        Label {
            id: exportLabel
            width: parent.width
            wrapMode: Text.Wrap
        }
    }

    Connections {
        target: button.exchange
        function onExported(ok, message) {
            exportDone.title = ok ? qsTr("Export Finished") : qsTr("Export Failed")
            exportDone.text = message
            exportDone.open()
        }
        function onPreviewReady(report) {
            importDialog.show(report, true)
        }
        function onImported(report) {
            importDialog.show(report, false)
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A CSV import in two steps: what the file would change, which rows are refused and which
// are applied with a warning (each with its line and reason), then Apply; afterwards the same dialog reports what was done.
Dialog {
    id: dialog
    objectName: "csvImportDialog"

    property var report: ({})
    property bool preview: true

    signal applyRequested(url file)

    function show(newReport, isPreview) {
        report = newReport
        preview = isPreview
        open()
    }

    readonly property bool canApply: preview && !report.error
                                     && (report.updated > 0 || report.created > 0)

    title: preview ? qsTr("Import Tracks from CSV") : qsTr("Import Finished")
    modal: true
    width: Math.min(640, (Overlay.overlay?.width ?? 680) - 40)
    contentHeight: content.implicitHeight

    footer: DialogButtonBox {
        Button {
            text: qsTr("Apply")
            visible: dialog.preview
            enabled: dialog.canApply
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
        }
        Button {
            text: dialog.preview ? qsTr("Cancel") : qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        onApplied: {
            dialog.close()
            dialog.applyRequested(dialog.report.fileUrl)
        }
        onRejected: dialog.close()
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: dialog.report.summary ?? ""
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: (dialog.report.badRows ?? []).length > 0
            text: qsTr("%n row(s) will not be imported:", "", (dialog.report.badRows ?? []).length)
        }
        ListView {
            Layout.fillWidth: true
            // Leave room for the warnings below at 700 px.
            Layout.preferredHeight: Math.min(contentHeight, (dialog.report.warnings ?? []).length > 0 ? 180 : 260)
            visible: count > 0
            clip: true
            model: dialog.report.badRows ?? []
            ScrollBar.vertical: ScrollBar {}
            delegate: Label {
                required property var modelData
                width: ListView.view.width
                wrapMode: Text.Wrap
                text: qsTr("Line %1: %2").arg(modelData.line).arg(modelData.reason)
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: (dialog.report.warnings ?? []).length > 0
            text: qsTr("%n row(s) with a warning:", "", (dialog.report.warnings ?? []).length)
        }
        ListView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 120)
            visible: count > 0
            clip: true
            model: dialog.report.warnings ?? []
            ScrollBar.vertical: ScrollBar {}
            delegate: Label {
                required property var modelData
                width: ListView.view.width
                wrapMode: Text.Wrap
                text: qsTr("Line %1: %2").arg(modelData.line).arg(modelData.reason)
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: (dialog.report.unknownColumns ?? []).length > 0
            opacity: 0.7
            text: qsTr("Ignored columns: %1").arg((dialog.report.unknownColumns ?? []).join(", "))
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: dialog.preview && dialog.canApply
            opacity: 0.7
            text: qsTr("Only the columns track_id, isrc, title, version, artist, genre, language, bpm, key, mood, explicit and has_vocals are imported; the good rows are applied even when others are refused.")
        }
    }
}

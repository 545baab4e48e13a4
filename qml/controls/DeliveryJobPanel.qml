// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.App

// A running export, backup or copy into the library with its progress and Cancel, then its
// result: the summary, the verification, and what was recorded or missing.
ColumnLayout {
    id: panel

    required property DeliveryController controller
    /// A viewer of a team catalog: its files are not moved into the library from here.
    property bool readOnly: false

    spacing: 6
    visible: controller.running || controller.hasResult

    RowLayout {
        Layout.fillWidth: true
        visible: panel.controller.running
        spacing: 8
        ProgressBar {
            objectName: "deliveryProgress"
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, panel.controller.total)
            value: panel.controller.done
            indeterminate: panel.controller.total === 0 || panel.controller.done >= panel.controller.total
        }
        Label {
            text: panel.controller.progressText
            Layout.preferredWidth: 180
            elide: Text.ElideRight
        }
        Button {
            objectName: "cancelDelivery"
            text: qsTr("Cancel")
            onClicked: panel.controller.cancel()
        }
    }
    Label {
        Layout.fillWidth: true
        visible: !panel.controller.running && panel.controller.hasResult
        text: panel.controller.summaryText
        font.bold: true
        color: panel.controller.succeeded ? Kirigami.Theme.textColor : Tones.negative
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: !panel.controller.running && panel.controller.verificationText.length > 0
        text: "✓ " + panel.controller.verificationText
        color: Tones.positive
        wrapMode: Text.Wrap
    }
    // A backup refused for files outside the library: the fix is one click away.
    Button {
        objectName: "copyIntoLibraryButton"
        visible: !panel.controller.running && panel.controller.filesOutsideLibrary > 0
        text: qsTr("Copy Files into Library")
        enabled: !panel.readOnly
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Copies the %n file(s) outside the library folder into it, checked against "
                           + "the originals, so the next backup can include them.", "",
                           panel.controller.filesOutsideLibrary)
        onClicked: panel.controller.startConsolidation()
    }
    Repeater {
        model: panel.controller.running ? [] : panel.controller.problems
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            text: modelData
            opacity: 0.8
            wrapMode: Text.Wrap
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Dialogs
import Imprint.App
import QtQuick.Layouts

// A release's cover with its size and what streaming services would object to. An image dropped
// on it, or chosen with "Set Artwork…", is offered as the new cover (imageChosen); the check,
// the copy into the library and the undo step happen in C++.
ColumnLayout {
    id: preview

    property url source
    property string size
    property string warning
    property bool busy: false

    signal imageChosen(url file)

    spacing: 6

    Rectangle {
        Layout.preferredWidth: 220
        Layout.preferredHeight: 220
        color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)
        border.color: artworkDrop.containsDrag ? Kirigami.Theme.highlightColor : "transparent"
        border.width: 3
        Image {
            anchors.fill: parent
            source: preview.source
            sourceSize: Qt.size(440, 440)
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }
        Label {
            anchors.centerIn: parent
            visible: preview.source.toString().length === 0 || artworkDrop.containsDrag
            text: artworkDrop.containsDrag ? qsTr("Drop to use as the cover") : qsTr("No artwork — drop an image here")
            width: parent.width - 16
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        BusyIndicator {
            anchors.centerIn: parent
            running: preview.busy
            visible: preview.busy
        }
        DropArea {
            id: artworkDrop
            objectName: "artworkDropArea"
            anchors.fill: parent
            keys: ["text/uri-list"]
            onDropped: drop => {
                if (drop.hasUrls) {
                    preview.imageChosen(drop.urls[0])
                    drop.acceptProposedAction()
                }
            }
        }
    }
    Button {
        objectName: "setArtworkButton"
        text: preview.source.toString().length === 0 ? qsTr("Set Artwork…") : qsTr("Replace Artwork…")
        enabled: !preview.busy
        onClicked: {
            imagePicker.currentFolder = AppSettings.startFolder("images")
            imagePicker.open()
        }
        ToolTip.visible: hovered
        ToolTip.text: qsTr("A square JPEG or PNG in RGB, at least 3000×3000 px and at most 20 MB")
    }
    FileDialog {
        id: imagePicker
        title: qsTr("Choose the Cover")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png)"), qsTr("All files (*)")]
        onAccepted: {
            AppSettings.rememberFolder("images", selectedFile)
            preview.imageChosen(selectedFile)
        }
    }
    Label {
        text: preview.size
        opacity: 0.7
        visible: preview.size.length > 0
    }
    Label {
        Layout.maximumWidth: 220
        visible: preview.warning.length > 0
        text: "⚠ " + preview.warning
        color: Tones.neutral
        wrapMode: Text.Wrap
    }
}

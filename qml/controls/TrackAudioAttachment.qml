// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.App
import Imprint.Models

// A track with no audio yet (planned on a release before it was recorded): Choose Audio File…
// reads a file to its end and keeps it as the track's master whatever its tags say, off the GUI
// thread, as the release's running order does. Where "no master file" leads from readiness,
// the delivery preflight and the audio checks.
ColumnLayout {
    id: attachment

    required property CatalogSession session
    property real trackId: 0
    property bool readOnly: false
    readonly property alias controller: controller
    /// The track the last file was chosen for: its message is not shown for another one.
    property real resultTrackId: 0
    readonly property bool mine: resultTrackId === trackId && controller.lastTask === "audio"

    /// What the file dialog's Open does (the tests call it with a file they made).
    function attachFile(url) {
        resultTrackId = trackId
        controller.attachAudio(trackId, url)
    }

    spacing: 4

    ReleasePlanController {
        id: controller
        session: attachment.session
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Button {
            objectName: "chooseTrackAudioButton"
            text: qsTr("Choose Audio File…")
            icon.name: "document-open"
            enabled: attachment.trackId > 0 && !attachment.readOnly && !controller.running
            onClicked: audioDialog.ask()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Import an audio file as this track's master, whatever its tags say")
        }
        Label {
            Layout.fillWidth: true
            visible: controller.running && controller.task === "audio"
            text: qsTr("Reading the audio file…")
            opacity: 0.7
        }
    }
    InlineMessage {
        objectName: "trackAudioResult"
        Layout.fillWidth: true
        maximumTextWidth: attachment.width - 40
        visible: attachment.mine && !controller.running && controller.message.length > 0
        text: controller.message
        type: controller.succeeded ? "information" : "error"
    }

    AudioFileDialog {
        id: audioDialog
        objectName: "trackAudioDialog"
        onChosen: file => attachment.attachFile(file)
    }
}

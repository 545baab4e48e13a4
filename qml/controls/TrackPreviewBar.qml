// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import org.kde.kirigami as Kirigami
import Imprint.Models

// Listening to the selected track: play or pause its master (Space in the table), drag the
// position to seek. The file comes from the model (CatalogSession.masterFileUrl). When nothing
// can play it (no sound device, a missing or unreadable file) the bar says why; it never stops
// the window from working.
ToolBar {
    id: bar

    /// The file to play; empty when the track has no audio yet.
    required property url source
    property string title
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property alias player: player
    readonly property bool hasOutput: devices.audioOutputs.length > 0
    /// Why the preview does not play, or empty.
    property string problem: ""

    function togglePlayback() {
        if (bar.source.toString().length === 0) {
            bar.problem = qsTr("This track has no audio file to play yet.")
        } else if (bar.playing) {
            player.pause()
        } else {
            bar.problem = bar.hasOutput ? "" : qsTr("No sound device was found: the preview plays silently.")
            player.play()
        }
    }
    function formatTime(ms) {
        const seconds = Math.floor(Math.max(0, ms) / 1000)
        return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0")
    }

    position: ToolBar.Footer
    onSourceChanged: {
        player.stop()
        bar.problem = ""
    }

    MediaDevices {
        id: devices
    }
    MediaPlayer {
        id: player
        source: bar.source
        audioOutput: AudioOutput {}
        onErrorOccurred: (error, errorString) => {
            // The file's name: a reason such as "Could not open file" says nothing without it.
            bar.problem = qsTr("Cannot play %1: %2").arg(FilePaths.name(bar.source))
                .arg(errorString.length > 0 ? errorString : qsTr("unknown error"))
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.smallSpacing

        ToolButton {
            id: playButton
            objectName: "previewPlayButton"
            icon.name: bar.playing ? "media-playback-pause" : "media-playback-start"
            text: bar.playing ? qsTr("Pause") : qsTr("Play")
            display: AbstractButton.IconOnly
            enabled: bar.source.toString().length > 0
            onClicked: bar.togglePlayback()
            Accessible.name: text
            ToolTip.visible: hovered
            ToolTip.text: bar.playing ? qsTr("Pause the preview (Space in the table)") : qsTr("Play the selected track (Space in the table)")
        }
        ElidedLabel {
            objectName: "previewTitle"
            Layout.preferredWidth: Math.min(implicitWidth, bar.width * 0.3)
            text: bar.source.toString().length > 0 ? bar.title : qsTr("No audio to preview")
            opacity: bar.source.toString().length > 0 ? 1 : 0.7
        }
        Slider {
            id: seek
            objectName: "previewSeek"
            Layout.fillWidth: true
            Layout.minimumWidth: 80
            from: 0
            to: Math.max(1, player.duration)
            value: player.position
            enabled: player.seekable
            onMoved: player.position = value
            Accessible.name: qsTr("Preview position")
        }
        Label {
            objectName: "previewTime"
            text: bar.formatTime(player.position) + " / " + bar.formatTime(player.duration)
            font.features: { "tnum": 1 }
        }
        Kirigami.Icon {
            visible: bar.problem.length > 0
            source: "dialog-warning"
            implicitWidth: Kirigami.Units.iconSizes.small
            implicitHeight: implicitWidth
        }
        Label {
            objectName: "previewProblem"
            visible: bar.problem.length > 0
            Layout.maximumWidth: bar.width * 0.4
            elide: Text.ElideRight
            text: bar.problem
            // The whole path, where the bar has room for the name only.
            ToolTip.visible: problemHover.hovered
            ToolTip.text: bar.source.toString().length > 0 ? bar.problem + "\n" + FilePaths.shown(bar.source)
                                                           : bar.problem
            Accessible.name: bar.problem
            Accessible.description: FilePaths.shown(bar.source)
            HoverHandler {
                id: problemHover
            }
        }
    }
}

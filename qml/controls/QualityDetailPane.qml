// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The selected track under the selected profile: each check with its value, limit and fix,
// and a picture of its audio with markers where it clips or goes over.
Pane {
    id: pane

    required property QualityCatalog quality
    readonly property var track: quality.current

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        visible: pane.track.trackId !== undefined

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: pane.track.title ?? ""
                font.bold: true
                font.pixelSize: 16
                elide: Text.ElideRight
            }
            QualityChip {
                verdict: pane.track.verdict ?? "none"
            }
        }
        Label {
            Layout.fillWidth: true
            text: pane.track.path ?? ""
            opacity: 0.7
            elide: Text.ElideMiddle
        }
        AudioPicture {
            id: picture
            objectName: "audioPicture"
            Layout.fillWidth: true
            visible: duration > 0
            picture: pane.quality.currentPicture
            // About one time label per 90 px of the plot.
            timeTicks: pane.quality.timeTicks(duration, Math.max(1, Math.floor(width / 90)))
        }
        Label {
            visible: !(pane.track.analysed ?? false) && (pane.track.path ?? "").length > 0
            text: qsTr("Not analysed yet. Press Analyze to measure this track.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        // A track planned on a release before it was recorded: nothing to measure yet.
        RowLayout {
            Layout.fillWidth: true
            visible: (pane.track.trackId ?? 0) > 0 && (pane.track.path ?? "").length === 0
            Label {
                objectName: "qualityNoAudio"
                Layout.fillWidth: true
                text: qsTr("No audio yet: choose the track's audio file in its details.")
                wrapMode: Text.WordWrap
            }
            FixLink {
                objectName: "chooseAudioLink"
                here: "quality"
                target: ({ rule: "", page: "catalog", record: "track", recordId: pane.track.trackId ?? 0,
                           tab: "", field: "chooseTrackAudioButton" })
            }
        }
        ListView {
            id: checks
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: pane.track.allChecks ?? []
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                id: check
                required property var modelData
                required property int index
                width: checks.width - 12
                spacing: 2
                // A heading where a section (the profile's checks, then the stems') begins.
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: check.index > 0 ? 10 : 0
                    visible: check.index === 0 || checks.model[check.index - 1].section !== check.modelData.section
                    text: check.modelData.section
                    font.bold: true
                    opacity: 0.75
                    elide: Text.ElideRight
                }
                RowLayout {
                    Layout.fillWidth: true
                    QualityChip {
                        verdict: check.modelData.verdict
                    }
                    ElidedLabel {
                        id: checkTitle
                        Layout.fillWidth: true
                        Layout.minimumWidth: Math.min(implicitWidth, 150)
                        text: check.modelData.title
                        font.bold: true
                    }
                    ElidedLabel {
                        objectName: "measured"
                        // Room for the chip and the title (long stem titles are elided first).
                        Layout.maximumWidth: check.width - 80 - checkTitle.Layout.minimumWidth
                        text: qsTr("%1 (limit %2)").arg(check.modelData.measured).arg(check.modelData.limit)
                        elide: Text.ElideMiddle
                        opacity: 0.8
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: 60
                    visible: check.modelData.fix.length > 0
                    Label {
                        Layout.fillWidth: true
                        text: check.modelData.fix
                        wrapMode: Text.WordWrap
                        color: check.modelData.verdict === "fail" ? Tones.negative
                             : check.modelData.verdict === "warn" ? Tones.neutral : Kirigami.Theme.textColor
                    }
                    // Fixes made elsewhere in Imprint (versions on the track) link there.
                    FixLink {
                        objectName: "fixLink_" + (check.modelData.rule ?? "")
                        Layout.alignment: Qt.AlignTop
                        target: check.modelData.verdict === "pass" ? undefined : check.modelData.target
                        here: "quality"
                    }
                }
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: pane.track.trackId === undefined
        text: qsTr("Select a track to see its checks.")
        opacity: 0.7
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models
import Imprint.App

// Releases: pick one on the left, edit its fields, see its artwork and tracks.
Page {
    id: page

    required property CatalogSession session

    /// "Write Tags" for the current release's tracks (subject: the release's title).
    signal writeTagsRequested(var trackIds, string subject)

    function writeReleaseTags() {
        const releases = page.session.releases
        if (releases.currentReleaseId > 0)
            page.writeTagsRequested(releases.currentTracks.map(track => track.trackId), releases.current.title ?? "")
    }

    title: qsTr("Releases")

    /// Sets artwork and binds audio files to planned tracks, off the GUI thread.
    readonly property ReleasePlanController planner: ReleasePlanController {
        session: page.session
    }

    SplitView {
        anchors.fill: parent
        visible: page.session.releases.model.count > 0

        ReleaseList {
            SplitView.preferredWidth: 300
            SplitView.minimumWidth: 220
            releases: page.session.releases
        }
        Pane {
            SplitView.fillWidth: true
            padding: 20
            ReleaseEditor {
                anchors.fill: parent
                visible: page.session.releases.currentReleaseId > 0
                releases: page.session.releases
                planning: page.session.planning
                planner: page.planner
                onWriteTagsRequested: page.writeReleaseTags()
            }
            Label {
                anchors.centerIn: parent
                visible: page.session.releases.currentReleaseId <= 0
                text: qsTr("Select a release to edit it.")
                opacity: 0.7
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+T"
        enabled: page.visible && page.session.releases.currentReleaseId > 0
        onActivated: page.writeReleaseTags()
    }

    Label {
        anchors.centerIn: parent
        visible: page.session.releases.model.count === 0
        text: qsTr("No releases yet: import files whose album tag names their release.")
        opacity: 0.7
    }
}

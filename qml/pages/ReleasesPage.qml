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
    objectName: "releasesPage"

    required property CatalogSession session
    /// A viewer of a team catalog: what would change the catalog is off (the banner says why).
    property bool readOnly: session.readOnly

    /// "Write Tags" for the current release's tracks (subject: the release's title).
    signal writeTagsRequested(var trackIds, string subject)
    /// New Release (the dialog lives in Main.qml, shared with Ctrl+N and the calendar).
    signal newReleaseRequested()
    /// Import Folder… from the empty page: releases also come from the files' album tags.
    signal importRequested()
    /// File › Library Folder… (the dialog lives in Main.qml), asked for by the artwork.
    signal libraryFolderRequested()

    function writeReleaseTags() {
        const releases = page.session.releases
        if (releases.currentReleaseId > 0)
            page.writeTagsRequested(releases.currentTracks.map(track => track.trackId), releases.current.title ?? "")
    }

    // A fix link's target (Main.qml navigateTo): its release, or any release when it names none.
    function focusTarget(target) {
        const releases = page.session.releases
        if (target.record === "release" && target.recordId > 0)
            releases.currentReleaseId = target.recordId
        else if (releases.currentReleaseId <= 0 && releases.model.count > 0)
            releases.currentReleaseId = releases.model.idAt(0)
    }

    title: qsTr("Releases")

    header: ToolBar {
        visible: page.session.releases.model.count > 0
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            ToolButton {
                objectName: "newReleaseButton"
                enabled: !page.readOnly
                text: qsTr("New Release…")
                onClicked: page.newReleaseRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Plan a release before its audio exists (Ctrl+N)")
            }
            Item {
                Layout.fillWidth: true
            }
        }
    }

    /// Sets artwork and binds audio files to planned tracks, off the GUI thread.
    readonly property ReleasePlanController planner: ReleasePlanController {
        session: page.session
    }

    RememberedSplitView {
        stateKey: "releases"
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
                readOnly: page.readOnly
                onWriteTagsRequested: page.writeReleaseTags()
                onLibraryFolderRequested: page.libraryFolderRequested()
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
        enabled: page.visible && page.session.releases.currentReleaseId > 0 && !page.readOnly
        onActivated: page.writeReleaseTags()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 460)
        visible: page.session.releases.model.count === 0
        spacing: 12
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("No releases yet. Plan one now and add its tracks as they are made, or import files whose album tag names their release.")
            opacity: 0.7
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 8
            Button {
                objectName: "emptyNewReleaseButton"
                text: qsTr("New Release…")
                highlighted: true
                enabled: !page.readOnly
                onClicked: page.newReleaseRequested()
            }
            Button {
                objectName: "emptyImportButton"
                text: qsTr("Import Folder…")
                icon.name: "document-import"
                enabled: !page.readOnly
                onClicked: page.importRequested()
            }
        }
    }
}

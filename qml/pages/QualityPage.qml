// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models
import Imprint.App

// Audio checks: every track's verdict under a delivery profile, with the measurements, and the
// selected track's checks and fixes. Analysis starts by itself the first time the page is shown
// on a catalog that has never been analysed.
Page {
    id: page
    objectName: "qualityPage"

    required property CatalogSession session
    /// A viewer of a team catalog: what would change the catalog is off (the banner says why).
    property bool readOnly: session.readOnly
    required property AnalysisController analyzer
    readonly property QualityCatalog quality: session.quality
    property bool autoStarted: false

    signal importRequested()
    signal libraryFolderRequested()
    // visible, not StackLayout.isCurrentItem: Qt 6.8 leaks the attached object (issue 17).
    readonly property bool shouldAutoStart: visible && !autoStarted && !analyzer.running && !readOnly
                                            && !quality.loading && quality.model.count > 0
                                            && quality.model.analysedCount === 0

    // A fix link's target (Main.qml navigateTo): the profile it is judged under, and its track.
    function focusTarget(target) {
        if (target.tab.length > 0)
            page.quality.profileKey = target.tab
        if (target.record === "track" && target.recordId > 0)
            page.quality.currentTrackId = target.recordId
    }

    title: qsTr("Quality")

    // Deferred: starting changes what shouldAutoStart depends on.
    onShouldAutoStartChanged: if (shouldAutoStart) Qt.callLater(page.autoStart)
    function autoStart() {
        if (shouldAutoStart) {
            autoStarted = true
            analyzer.start()
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 8

            Label {
                id: profileLabel
                text: qsTr("Profile")
            }
            ComboBox {
                id: profilePicker
                objectName: "profilePicker"
                Accessible.name: profileLabel.text // what the eye reads beside it
                Layout.preferredWidth: 200
                model: page.quality.profiles
                textRole: "name"
                valueRole: "key"
                currentIndex: page.quality.profiles.findIndex(p => p.key === page.quality.profileKey)
                onActivated: page.quality.profileKey = currentValue
            }
            Button {
                objectName: "editProfileButton"
                enabled: !page.readOnly
                text: qsTr("Edit Profile…")
                onClicked: {
                    profileEditor.profileKey = page.quality.profileKey
                    profileEditor.open()
                }
            }
            // Takes the room that is left and gives way first (German at 1024 px), with the
            // whole text on hover.
            ElidedLabel {
                id: counts
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                text: qsTr("%1 of %n track(s) analysed", "", page.quality.model.count).arg(page.quality.model.analysedCount)
                      + " · " + qsTr("%n failing", "", page.quality.model.failingCount)
                      + " · " + qsTr("%n with warnings", "", page.quality.model.warningCount)
                opacity: 0.7
            }
            ProgressBar {
                visible: page.analyzer.running
                Layout.preferredWidth: 160
                from: 0
                to: Math.max(1, page.analyzer.total)
                value: page.analyzer.done
            }
            Label {
                visible: page.analyzer.running
                text: qsTr("%1 of %2").arg(page.analyzer.done).arg(page.analyzer.total)
            }
            ElidedLabel {
                visible: !page.analyzer.running && page.analyzer.summaryText.length > 0
                text: page.analyzer.summaryText
                opacity: 0.7
                Layout.maximumWidth: 320
            }
            // The files behind "could not be read" and "could not be decoded", by name.
            Button {
                objectName: "analysisProblemsButton"
                visible: !page.analyzer.running && page.analyzer.problems.length > 0
                text: qsTr("Show Files…")
                onClicked: analysisProblems.open()
            }
            Button {
                objectName: "analyzeButton"
                text: page.analyzer.running ? qsTr("Cancel") : qsTr("Analyze")
                // Results are stored in the catalog, which a viewer cannot change.
                enabled: page.session.trackCount > 0 && (!page.readOnly || page.analyzer.running)
                onClicked: page.analyzer.running ? page.analyzer.cancel() : page.analyzer.start()
            }
        }
    }

    RememberedSplitView {
        stateKey: "quality"
        anchors.fill: parent
        visible: page.quality.model.count > 0

        QualityTable {
            SplitView.fillWidth: true
            model: page.quality.model
            currentTrackId: page.quality.currentTrackId
            onTrackSelected: trackId => page.quality.currentTrackId = trackId
        }

        QualityDetailPane {
            SplitView.preferredWidth: 440
            SplitView.minimumWidth: 320
            quality: page.quality
        }
    }

    AnalysisProblemsDialog {
        id: analysisProblems
        problems: page.analyzer.problems
        onTrackRequested: trackId => page.quality.currentTrackId = trackId
        onLibraryFolderRequested: page.libraryFolderRequested()
    }

    ProfileEditorDialog {
        id: profileEditor
        quality: page.quality
        history: page.session.history
    }

    ImportFirstMessage {
        objectName: "qualityEmpty"
        anchors.centerIn: parent
        visible: page.quality.model.count === 0 && !page.quality.loading
        text: qsTr("Import some tracks first: the checks run on their masters.")
        buttonName: "qualityImportButton"
        readOnly: page.readOnly
        onImportRequested: page.importRequested()
    }
}

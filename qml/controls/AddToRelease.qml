// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// A track on no release (streaming readiness: "The track is not on any release"): choose a
// release and add the track at the end of its running order, undoably; with no release yet,
// New Release… starts one.
RowLayout {
    id: control

    required property CatalogSession session
    required property var trackId
    readonly property ReleaseCatalog releases: session.releases
    readonly property bool hasReleases: releases.model.count > 0

    signal newReleaseRequested()

    spacing: 8

    ComboBox {
        id: choice
        objectName: "addToReleaseChoice"
        Layout.fillWidth: true
        Layout.minimumWidth: 0
        visible: control.hasReleases
        model: control.releases.model
        textRole: "title"
        valueRole: "releaseId"
        Accessible.name: qsTr("Release to add the track to")
        // The release chosen on the Releases page, else the first: a model that fills in later
        // (the catalog's first release) leaves a combo box with nothing chosen.
        function chooseDefault() {
            if (currentIndex < 0 && count > 0)
                currentIndex = Math.max(0, control.releases.model.rowOf(control.releases.currentReleaseId))
        }
        onCountChanged: chooseDefault()
        Component.onCompleted: chooseDefault()
    }
    Button {
        objectName: "addToReleaseButton"
        text: control.hasReleases ? qsTr("Add to Release") : qsTr("New Release…")
        enabled: control.trackId > 0 && (!control.hasReleases || choice.currentIndex >= 0)
        ToolTip.visible: hovered
        ToolTip.text: control.hasReleases
                      ? qsTr("Adds the track at the end of the release's running order")
                      : qsTr("The catalog has no release yet: plan a single, EP or album first")
        onClicked: {
            if (control.hasReleases)
                control.releases.addTrackToRelease(choice.currentValue, control.trackId)
            else
                control.newReleaseRequested()
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// What the chosen profile puts into a package, then the preflight of the chosen release: the
// blockers (impossible ones, and those Export Anyway can force) apart from the warnings.
ColumnLayout {
    id: preflight

    required property DeliveryCatalog deliveries
    readonly property string profileName: {
        const found = deliveries.profiles.find(p => p.key === deliveries.profile)
        return found ? found.name : ""
    }

    spacing: 6

    Label {
        text: qsTr("What a %1 package holds").arg(preflight.profileName)
        font.bold: true
        font.pixelSize: 15
    }
    Repeater {
        model: preflight.deliveries.requirements
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            Layout.leftMargin: 8
            text: "• " + modelData
            wrapMode: Text.Wrap
        }
    }

    Label {
        Layout.topMargin: 12
        text: qsTr("Preflight")
        font.bold: true
        font.pixelSize: 15
    }
    Label {
        Layout.fillWidth: true
        objectName: "preflightReady"
        visible: !preflight.deliveries.loading && !preflight.deliveries.blocked
                 && preflight.deliveries.releaseId > 0
        text: qsTr("Ready: nothing blocks the export (%n file(s) to package).", "",
                   preflight.deliveries.fileCount)
        color: Tones.positive
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: preflight.deliveries.blocked
        text: preflight.deliveries.impossible
              ? qsTr("Nothing can be delivered until the impossible items are fixed.")
              : qsTr("%n blocker(s): Export is refused until they are fixed. “Export Anyway” makes the package and records them in it.",
                     "", preflight.deliveries.blockers.length)
        wrapMode: Text.Wrap
        opacity: 0.8
    }
    PreflightIssueList {
        objectName: "preflightBlockers"
        model: preflight.deliveries.blockers
        levelColor: Tones.negative
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: 6
        visible: preflight.deliveries.warnings.length > 0
        text: qsTr("%n warning(s): they do not stop the export and are recorded in the package's metadata.json.",
                   "", preflight.deliveries.warnings.length)
        wrapMode: Text.Wrap
        opacity: 0.8
    }
    PreflightIssueList {
        objectName: "preflightWarnings"
        model: preflight.deliveries.warnings
        levelColor: Tones.neutral
    }
}

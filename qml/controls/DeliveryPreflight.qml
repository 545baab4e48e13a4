// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// What the chosen profile puts into a package, then the preflight of the chosen release: what
// is missing or failing, blockers first in red.
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
        visible: !preflight.deliveries.loading && preflight.deliveries.issues.length === 0
                 && preflight.deliveries.releaseId > 0
        text: qsTr("Ready: the release has everything the profile needs (%n file(s) to package).", "",
                   preflight.deliveries.fileCount)
        color: "#2e7d32"
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: preflight.deliveries.issues.length > 0
        text: preflight.deliveries.blocked
              ? qsTr("Nothing can be delivered until the blockers are fixed.")
              : qsTr("%n thing(s) missing or failing. You can still export; the warnings are recorded in the package's metadata.json.",
                     "", preflight.deliveries.issues.length)
        wrapMode: Text.Wrap
        opacity: 0.8
    }
    ListView {
        id: issueList
        objectName: "preflightIssues"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 360)
        clip: true
        spacing: 4
        model: preflight.deliveries.issues
        ScrollBar.vertical: ScrollBar {}
        delegate: RowLayout {
            id: issue
            required property var modelData
            width: issueList.width - 12
            spacing: 8
            Label {
                text: issue.modelData.blocking ? qsTr("Blocker") : qsTr("Missing")
                color: issue.modelData.blocking ? "#c62828" : "#b26a00"
                font.bold: true
                Layout.preferredWidth: 64
            }
            Label {
                text: issue.modelData.subject
                font.bold: true
                Layout.preferredWidth: 110
                elide: Text.ElideRight
            }
            Label {
                text: issue.modelData.message
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts

// Findings ({rule, severity, message, fix, level, target}) as a list: what is wrong, then the fix
// with a link to where it is made. Readiness findings use it; any finding with a severity
// (blocker, unknown, warning) and a FixTargets target can.
ListView {
    id: findings

    property bool checklist: false
    /// The page the list is on (see FixLink.here).
    property string here

    clip: true
    spacing: 8
    ScrollBar.vertical: ScrollBar {}

    delegate: ColumnLayout {
        id: finding
        required property var modelData
        width: ListView.view.width - 12
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            CheckBox {
                visible: findings.checklist
                checked: false
                enabled: false
            }
            Label {
                text: finding.modelData.severity === "warning" ? qsTr("Warning")
                    : finding.modelData.severity === "unknown" ? qsTr("Not checked yet") : qsTr("Blocker")
                color: finding.modelData.severity === "blocker" ? Tones.negative
                     : finding.modelData.severity === "unknown" ? Tones.neutral : Kirigami.Theme.textColor
                font.bold: true
            }
            Label {
                text: finding.modelData.message
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        // The link under the fix, not beside it: a long link (German) must not push the row
        // past a narrow pane.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: findings.checklist ? 40 : 0
            spacing: 0
            Label {
                text: qsTr("Fix: %1").arg(finding.modelData.fix)
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
            }
            FixLink {
                objectName: "fixLink_" + (finding.modelData.rule ?? "")
                Layout.alignment: Qt.AlignLeft
                target: finding.modelData.target
                here: findings.here
            }
        }
    }
}

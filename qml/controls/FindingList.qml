// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Readiness findings ({rule, severity, message, fix, level}) as a list: what is wrong, then the fix.
ListView {
    id: findings

    property bool checklist: false

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
                color: finding.modelData.severity === "blocker" ? "#c62828"
                     : finding.modelData.severity === "unknown" ? "#b26a00" : palette.text
                font.bold: true
            }
            Label {
                text: finding.modelData.message
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            text: qsTr("Fix: %1").arg(finding.modelData.fix)
            wrapMode: Text.Wrap
            opacity: 0.75
            Layout.fillWidth: true
            Layout.leftMargin: findings.checklist ? 40 : 0
        }
    }
}

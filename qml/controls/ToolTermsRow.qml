// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts

// A row of the AI tools' terms table (or its heading): tool, plan, paid, commercial use, who owns
// the output, the period in force, when it was read, and how many tracks it judges.
ItemDelegate {
    id: row

    property bool heading: false
    required property int index
    required property string tool
    required property string plan
    required property string paid
    required property bool commercialUse
    required property string ownershipName
    required property string validFrom
    required property string validUntil
    required property string recordedOn
    required property bool example
    required property int usedBy

    implicitHeight: 30
    hoverEnabled: !heading

    contentItem: RowLayout {
        spacing: 8
        Label {
            Layout.preferredWidth: 90
            text: row.heading ? qsTr("Tool") : row.tool
            font.bold: row.heading
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 110
            text: row.heading ? qsTr("Plan") : row.plan
            font.bold: row.heading
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 50
            text: row.heading ? qsTr("Paid") : row.paid === "1" ? qsTr("Yes") : row.paid === "0" ? qsTr("No") : "–"
            font.bold: row.heading
        }
        Label {
            Layout.preferredWidth: 90
            text: row.heading ? qsTr("Commercial") : row.commercialUse ? qsTr("Allowed") : qsTr("Not allowed")
            font.bold: row.heading
            color: row.heading || row.commercialUse ? Kirigami.Theme.textColor : Tones.negative
        }
        Label {
            Layout.fillWidth: true
            text: row.heading ? qsTr("Output") : row.ownershipName
            font.bold: row.heading
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 170
            text: row.heading ? qsTr("In force")
                : row.validUntil.length > 0 ? qsTr("%1 – %2").arg(row.validFrom).arg(row.validUntil)
                                            : qsTr("from %1").arg(row.validFrom)
            font.bold: row.heading
        }
        Label {
            Layout.preferredWidth: 150
            text: row.heading ? qsTr("Read on") : row.example ? qsTr("%1 (example)").arg(row.recordedOn) : row.recordedOn
            font.bold: row.heading
            opacity: row.heading ? 1 : 0.8
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 60
            horizontalAlignment: Text.AlignRight
            text: row.heading ? qsTr("Tracks") : String(row.usedBy)
            font.bold: row.heading
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Imprint
import Imprint.App
import Imprint.Models

// Release planning: the month with every release and milestone, what is due this week, and the
// selected release's milestones. Drag a release to another day to reschedule it.
Page {
    id: page

    required property CatalogSession session
    /// A viewer of a team catalog: what would change the catalog is off (the banner says why).
    property bool readOnly: session.readOnly
    readonly property PlanningSession planning: session.planning

    /// New Release on isoDate (the dialog lives in Main.qml).
    signal newReleaseRequested(string isoDate)
    /// The day focused in the month grid, for Ctrl+N.
    function selectedIsoDate() {
        return monthView.currentIsoDate()
    }

    title: qsTr("Calendar")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12

            ToolButton {
                objectName: "previousMonthButton"
                text: qsTr("Previous month")
                icon.name: "go-previous"
                display: AbstractButton.IconOnly
                onClicked: page.planning.month.previousMonth()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Previous month (Page Up)")
            }
            ToolButton {
                objectName: "nextMonthButton"
                text: qsTr("Next month")
                icon.name: "go-next"
                display: AbstractButton.IconOnly
                onClicked: page.planning.month.nextMonth()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Next month (Page Down)")
            }
            Button {
                objectName: "todayButton"
                text: qsTr("Today")
                onClicked: monthView.today()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Show today (T)")
            }
            Label {
                objectName: "monthTitle"
                Layout.leftMargin: 12
                text: page.planning.month.title
                font.pixelSize: 18
                font.bold: true
            }
            Item {
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "calendarNewReleaseButton"
                enabled: !page.readOnly
                text: qsTr("New Release…")
                onClicked: page.newReleaseRequested(monthView.currentIsoDate())
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Plan a release on the selected day (N, Ctrl+N; or double-click a day)")
            }
            Legend {
                // On a narrow window the legend gives way to the navigation and the actions.
                visible: page.width >= 1150
            }
            ToolButton {
                id: exportButton
                objectName: "exportCalendarButton"
                text: qsTr("Export calendar…")
                enabled: !exporter.running
                onClicked: exportMenu.popup(exportButton, 0, exportButton.height)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Save the plan as an iCalendar file (.ics) for any calendar app")

                Menu {
                    id: exportMenu
                    MenuItem {
                        objectName: "exportWholePlan"
                        text: qsTr("Whole plan…")
                        onTriggered: page.chooseExportFile(0)
                    }
                    MenuItem {
                        objectName: "exportSelectedRelease"
                        text: page.planning.current.title
                              ? qsTr("Only “%1”…").arg(page.planning.current.title)
                              : qsTr("Only the selected release…")
                        enabled: page.planning.currentReleaseId !== 0
                        onTriggered: page.chooseExportFile(page.planning.currentReleaseId)
                    }
                }
            }
        }
    }

    footer: Label {
        objectName: "exportMessage"
        visible: text !== ""
        padding: 6
        leftPadding: 12
        text: exporter.running ? qsTr("Exporting…") : exporter.message
        color: exporter.succeeded || exporter.running ? Kirigami.Theme.textColor : Tones.negative
        elide: Text.ElideMiddle
    }

    property real exportReleaseId: 0

    function chooseExportFile(releaseId) {
        exportReleaseId = releaseId
        exportDialog.currentFolder = exporter.suggestedFolder()
        exportDialog.selectedFile = exporter.suggestedFile(releaseId)
        exportDialog.open()
    }

    CalendarExporter {
        id: exporter
        session: page.session
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export Calendar")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "ics"
        nameFilters: [qsTr("iCalendar files (*.ics)")]
        onAccepted: exporter.exportTo(selectedFile, page.exportReleaseId)
    }

    component Legend: RowLayout {
        spacing: 10
        Repeater {
            model: [
                { label: qsTr("Upcoming"), color: Tones.information },
                { label: qsTr("Done"), color: Tones.positive },
                { label: qsTr("At risk"), color: Tones.neutral },
                { label: qsTr("Overdue"), color: Tones.negative },
                { label: qsTr("Too late"), color: Tones.tooLate }
            ]
            delegate: RowLayout {
                required property var modelData
                spacing: 4
                Rectangle {
                    implicitWidth: 10
                    implicitHeight: 10
                    radius: 2
                    color: modelData.color
                }
                Label {
                    text: modelData.label
                    font.pixelSize: 12
                }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        CalendarMonthView {
            id: monthView
            planning: page.planning
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            readOnly: page.readOnly
            onNewReleaseRequested: isoDate => page.newReleaseRequested(isoDate)
        }

        ColumnLayout {
            Layout.preferredWidth: 340
            Layout.maximumWidth: 340
            Layout.fillHeight: true
            spacing: 8

            AgendaPanel {
                agenda: page.planning.agenda
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 1
                onReleaseChosen: releaseId => page.planning.currentReleaseId = releaseId
            }
            ReleaseTimeline {
                planning: page.planning
                readOnly: page.readOnly
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 2
            }
        }
    }
}

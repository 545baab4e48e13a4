// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts

// A month to pick a day from, in the user's locale (weekday and month names, first day of the
// week). Keys: arrows move the day, Page Up/Down the month, Home today, Enter picks, Esc closes.
Popup {
    id: popup

    // The focused day (month 0–11, as Qt's MonthGrid counts).
    property int year: 2000
    property int month: 0
    property int day: 1

    /// The user picked isoDate (YYYY-MM-DD).
    signal picked(string isoDate)

    /// Opens on isoDate when it is a date, else on today.
    function show(isoDate) {
        const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? "")
        const start = parts ? new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) : new Date()
        focusDay(isNaN(start.getTime()) ? new Date() : start)
        open()
    }
    function focusDay(date) {
        year = date.getFullYear()
        month = date.getMonth()
        day = date.getDate()
    }
    function moveDays(days) {
        focusDay(new Date(year, month, day + days))
    }
    // The same day of another month, or its last day when the month is shorter.
    function moveMonths(months) {
        const last = new Date(year, month + months + 1, 0).getDate()
        focusDay(new Date(year, month + months, Math.min(day, last)))
    }
    function isoOf(y, m, d) {
        return String(y).padStart(4, "0") + "-" + String(m + 1).padStart(2, "0") + "-" + String(d).padStart(2, "0")
    }
    function pick(y, m, d) {
        picked(isoOf(y, m, d))
        close()
    }

    objectName: "datePickerPopup"
    modal: true
    focus: true
    padding: Kirigami.Units.largeSpacing

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                objectName: "datePickerPrevious"
                icon.name: "go-previous"
                display: AbstractButton.IconOnly
                text: qsTr("Previous month")
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Previous month (Page Up)")
                onClicked: popup.moveMonths(-1)
            }
            Label {
                id: monthName
                objectName: "datePickerMonth"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.bold: true
                text: grid.locale.standaloneMonthName(popup.month) + " " + popup.year
            }
            ToolButton {
                objectName: "datePickerNext"
                icon.name: "go-next"
                display: AbstractButton.IconOnly
                text: qsTr("Next month")
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Next month (Page Down)")
                onClicked: popup.moveMonths(1)
            }
        }
        DayOfWeekRow {
            Layout.fillWidth: true
            locale: grid.locale
        }
        MonthGrid {
            id: grid
            objectName: "datePickerGrid"
            Layout.fillWidth: true
            Layout.preferredWidth: Kirigami.Units.gridUnit * 16
            year: popup.year
            month: popup.month
            locale: Qt.locale()
            // The keys go to the month as soon as it opens.
            focus: true
            activeFocusOnTab: true
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Days of %1").arg(monthName.text)
            // The day the keys are on, for a screen reader ("Friday, 2 April 2027").
            Accessible.description: locale.toString(new Date(popup.year, popup.month, popup.day),
                                                    locale.dateFormat(Locale.LongFormat))

            delegate: Label {
                required property int day
                required property int month
                required property int year
                required property bool today
                readonly property bool focused: day === popup.day && month === popup.month && year === popup.year
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                padding: Kirigami.Units.smallSpacing
                text: day
                font.bold: today
                opacity: month === popup.month ? 1 : 0.45
                color: focused ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                background: Rectangle {
                    radius: Kirigami.Units.cornerRadius
                    color: parent.focused ? Kirigami.Theme.highlightColor : "transparent"
                    border.width: parent.today && !parent.focused ? 1 : 0
                    border.color: Kirigami.Theme.highlightColor
                }
                // The cell's own day, month and year: no Date whose time zone could shift it.
                TapHandler {
                    onTapped: popup.pick(parent.year, parent.month, parent.day)
                }
            }

            Keys.onLeftPressed: popup.moveDays(-1)
            Keys.onRightPressed: popup.moveDays(1)
            Keys.onUpPressed: popup.moveDays(-7)
            Keys.onDownPressed: popup.moveDays(7)
            Keys.onReturnPressed: popup.pick(popup.year, popup.month, popup.day)
            Keys.onEnterPressed: popup.pick(popup.year, popup.month, popup.day)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_PageUp) {
                    popup.moveMonths(-1)
                    event.accepted = true
                } else if (event.key === Qt.Key_PageDown) {
                    popup.moveMonths(1)
                    event.accepted = true
                } else if (event.key === Qt.Key_Home) {
                    popup.focusDay(new Date())
                    event.accepted = true
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls

// The calendar button beside a date field: opens a month on the field's date (or today) and
// hands the picked day back as YYYY-MM-DD, for the field to check and use as if typed.
ToolButton {
    id: button

    /// The date in the field now: the month opens on it.
    property string isoDate
    /// What the date is (the field's label), for screen readers.
    property string dateName
    readonly property alias picker: picker

    signal picked(string isoDate)

    /// For the field's Keys.onPressed: Alt+Down opens the month, as in a combo box.
    function openOnKey(event) {
        if (event.key === Qt.Key_Down && (event.modifiers & Qt.AltModifier)) {
            openPicker()
            event.accepted = true
        }
    }

    function openPicker() {
        // Under the button where the month fits in the window, else above it.
        const window = button.Window.window
        const bottom = button.mapToItem(null, 0, button.height).y
        picker.y = window && bottom + picker.implicitHeight > window.height ? -picker.implicitHeight : button.height
        picker.show(button.isoDate)
    }

    icon.name: "view-calendar-day"
    display: AbstractButton.IconOnly
    text: qsTr("Choose from a calendar")
    Accessible.name: dateName.length > 0 ? qsTr("%1: choose from a calendar").arg(dateName) : text
    ToolTip.visible: hovered
    ToolTip.text: qsTr("Choose from a calendar (Alt+Down)")
    onClicked: openPicker()

    DatePickerPopup {
        id: picker
        // Its right edge at the button's; kept inside the window.
        x: button.width - width
        margins: Kirigami.Units.smallSpacing
        onPicked: isoDate => button.picked(isoDate)
    }
}

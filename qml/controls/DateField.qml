// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts

// A date typed as YYYY-MM-DD or picked from a month (the calendar button beside it, or
// Alt+Down in it): a picked day fills the text as if typed, for the form to check and use.
RowLayout {
    id: field

    property alias text: input.text
    property alias placeholderText: input.placeholderText
    /// What the date is (its label), for screen readers and the button's name.
    property string accessibleName
    property string accessibleDescription
    /// What is wrong with the date, outlined on the field while it shows (optional).
    property InlineMessage problem: null
    readonly property alias input: input

    /// Enter in the field.
    signal accepted()

    spacing: Kirigami.Units.smallSpacing

    TextField {
        id: input
        Layout.fillWidth: true
        Accessible.name: field.accessibleName
        Accessible.description: field.accessibleDescription
        onAccepted: field.accepted()
        Keys.onPressed: event => pick.openOnKey(event)
        Loader {
            anchors.fill: parent
            active: field.problem !== null
            sourceComponent: ProblemOutline {
                message: field.problem
            }
        }
    }
    DatePickButton {
        id: pick
        objectName: field.objectName.length > 0 ? field.objectName + "Pick" : ""
        // As tall as the field, so rows with a date are as tall as the others.
        Layout.preferredHeight: input.implicitHeight
        Layout.preferredWidth: input.implicitHeight
        isoDate: input.text
        dateName: field.accessibleName
        onPicked: isoDate => {
            input.text = isoDate
            input.forceActiveFocus()
        }
    }
}

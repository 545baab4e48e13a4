// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls

// A finding's fix as a button that opens where the fix is made: the page, the record, the tab,
// with the keyboard in the field (the target comes from the models' FixTargets; Main.qml's
// navigateTo follows it). Hidden where there is nowhere else to go.
Button {
    id: link

    /// {rule, page, record, recordId, tab, field}, or undefined.
    property var target
    /// The page the link is shown on: a target there without a field or a tab (the rights
    /// pane's tab, the quality page's profile) is where the user already is.
    property string here

    readonly property var navigator: ApplicationWindow.window
    readonly property bool leadsSomewhere: link.target !== undefined && link.target !== null
        && (link.target.page !== link.here || (link.target.field ?? "").length > 0
            || (link.target.tab ?? "").length > 0)

    visible: leadsSomewhere && link.navigator !== null && link.navigator.navigateTo !== undefined
    flat: true
    text: qsTr("Fix…")
    ToolTip.visible: hovered
    ToolTip.text: qsTr("Open the place where this is fixed")
    Accessible.description: ToolTip.text
    onClicked: link.navigator.navigateTo(link.target)
}

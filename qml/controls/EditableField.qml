// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts

// A labelled text field that commits on Enter or leaving the field and reverts on Esc. What is
// wrong with the typed text (error, from the models' rules) stands under the field, which is
// outlined; such text is not committed but stays for the user to correct (Esc gives it up).
// A new value arriving while the user types (someone else's change to a team catalog) does not
// replace the text being typed: it is named under the field, and Enter keeps what was typed.
// A date field (datePicker) has a calendar button beside it; a picked day counts as typed.
ColumnLayout {
    id: field

    property string label
    property string value
    property string placeholder
    /// A YYYY-MM-DD date: a calendar button (and Alt+Down) picks one.
    property bool datePicker: false
    /// Why the text being typed would be refused; shown under the field.
    property string error
    readonly property alias editor: input
    readonly property bool refused: error.length > 0
    /// Whether the text is being typed (and not yet committed or given up).
    readonly property bool typing: input.typing
    /// The value changed since the user started typing: theirs is named under the field.
    readonly property bool changedMeanwhile: input.typing && value !== input.valueAtStart

    signal committed(string text)
    /// Esc: the typed text was given up.
    signal givenUp()

    spacing: 2

    function revert() {
        input.typing = false
        input.text = field.value
    }
    // A picked day goes the way of typed text: refused ones stay, with the reason under the field.
    function choose(text) {
        if (!input.typing) {
            input.valueAtStart = field.value
            input.typing = true
        }
        input.text = text
        if (field.refused)
            return
        if (text !== field.value)
            field.committed(text)
        field.revert()
    }

    Label {
        text: field.label
        opacity: 0.7
        font.pixelSize: 12
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing
        TextField {
            id: input
            property bool typing: false
            property string valueAtStart
            Layout.fillWidth: true
            placeholderText: field.placeholder
            selectByMouse: true
            Accessible.name: field.label
            Accessible.description: field.error
            onEditingFinished: {
                if (field.refused)
                    return
                if (text !== field.value)
                    field.committed(text)
                field.revert()
            }
            onTextEdited: {
                if (typing)
                    return
                valueAtStart = field.value
                typing = true
            }
            Keys.onPressed: event => {
                if (picker.item)
                    picker.item.openOnKey(event)
            }
            Keys.onEscapePressed: {
                field.revert()
                focus = false
                field.givenUp()
            }
            ProblemOutline {
                message: problem
            }
            Binding on text {
                value: field.value
                when: !input.typing
                restoreMode: Binding.RestoreNone
            }
        }
        Loader {
            id: picker
            active: field.datePicker
            visible: active
            Layout.preferredHeight: input.implicitHeight
            Layout.preferredWidth: input.implicitHeight
            sourceComponent: DatePickButton {
                objectName: field.objectName.length > 0 ? field.objectName + "Pick" : ""
                isoDate: input.text
                dateName: field.label
                onPicked: isoDate => field.choose(isoDate)
            }
        }
    }
    InlineMessage {
        objectName: field.objectName.length > 0 ? field.objectName + "ChangedMeanwhile" : ""
        Layout.fillWidth: true
        type: "information"
        text: field.changedMeanwhile
              ? qsTr("Changed meanwhile to “%1”: Enter keeps what you typed, Esc takes the new value.")
                .arg(field.value) : ""
    }
    InlineMessage {
        id: problem
        objectName: field.objectName.length > 0 ? field.objectName + "Problem" : ""
        Layout.fillWidth: true
        text: field.error
    }
}

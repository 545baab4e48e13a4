// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import Imprint.Models

// A party typed by name; a name not in the catalog creates the party when the row is saved.
// Completes from the catalog's parties as the user types.
TextField {
    id: field

    required property CreditsCatalog credits

    property int typedLength: 0

    /// The text changed by the user (after completion).
    signal edited()

    placeholderText: qsTr("Name")
    selectByMouse: true
    onTextEdited: {
        // Complete only when typing forward at the end, so Backspace still works.
        const grew = text.length > field.typedLength
        field.typedLength = text.length
        if (grew && cursorPosition === text.length) {
            const typed = text
            const names = field.credits.parties.names()
            const match = names.find(name => name.toLowerCase().startsWith(typed.toLowerCase()))
            if (match !== undefined && match.length > typed.length) {
                text = typed + match.substring(typed.length)
                select(typed.length, text.length)
            }
        }
        field.edited()
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick

// Where a fix link leads: finds a control by its objectName under a page and gives it the
// keyboard, scrolled into view. A control in a list that has not made its rows yet (a tab just
// shown, a team catalog still reading the record) is waited for, a second at most.
QtObject {
    id: focuser

    /// The first visible item named name under item (a hidden one if none is visible); "a/b" is
    /// the b inside a (one row of a list whose rows name their controls alike).
    /// Visual children only: a control's contentItem is one of them once it exists, and asking for
    /// it would create a deferred one (in a delegate being destroyed, too).
    function find(item, name) {
        const slash = name.indexOf("/")
        if (slash > 0) {
            const scope = focuser.find(item, name.slice(0, slash))
            return scope ? focuser.find(scope, name.slice(slash + 1)) : null
        }
        let hidden = null
        for (const child of item.children) {
            const found = child.objectName === name ? child : focuser.find(child, name)
            if (found && found.visible)
                return found
            hidden = hidden ?? found
        }
        return hidden
    }

    /// The control itself, or its editor (EditableField, ChoiceField); scrolled into view. The
    /// page has the keyboard when there is no such control.
    function focus(page, name) {
        const control = name.length > 0 ? focuser.find(page, name) : null
        const focusable = control ? (control.editor ?? control) : page
        focusable.forceActiveFocus()
        for (let p = focusable.parent; control && p; p = p.parent) {
            if (p.contentY !== undefined && p.flickableDirection !== undefined) {
                const y = focusable.mapToItem(p.contentItem, 0, 0).y
                if (y < p.contentY || y + focusable.height > p.contentY + p.height)
                    p.contentY = Math.max(0, Math.min(y - 24, p.contentHeight - p.height))
                break
            }
        }
        return control
    }

    /// As focus(), once the control is shown.
    function focusWhenShown(page, name) {
        retry.stop()
        const control = name.length > 0 ? focuser.find(page, name) : null
        if (name.length > 0 && !(control && control.visible)) {
            retry.page = page
            retry.name = name
            retry.triesLeft = 20
            retry.start()
            return
        }
        focuser.focus(page, name)
    }

    property Timer retry: Timer {
        property Item page: null
        property string name: ""
        property int triesLeft: 0
        interval: 50
        repeat: true
        onTriggered: {
            // The user went elsewhere (or the page is gone): the keyboard stays where it is.
            if (!page || !page.visible) {
                stop()
                return
            }
            const control = focuser.find(page, name)
            if ((control && control.visible) || --triesLeft <= 0) {
                stop()
                focuser.focus(page, name)
            }
        }
    }
}

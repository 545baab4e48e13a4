// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Walks over the item tree shown to the user, shared by the tests of issue 13: what a screen
// reader cannot name (tst_accessibility), what is cut off or out of reach (tst_narrowwindow),
// both for every page and every dialog (tst_dialogwalk); and finding an item by its name.

// Roles of controls a screen reader calls by their text when they have no name of their own.
const buttonRoles = ["Button", "CheckBox", "RadioButton", "PageTab", "MenuItem", "ButtonMenu",
                     "ButtonDropDown", "Link"]

// A path to item for a failure message: its name, or its type under the nearest named parent.
function describeItem(item) {
    let path = item.objectName || String(item).replace(/\(0x[0-9a-f]+.*$/, "")
    for (let p = item.parent; p && path.length < 160; p = p.parent) {
        if (p.objectName) {
            path = p.objectName + " › " + path
            break
        }
    }
    return path
}

// The keyboard-reachable controls under item that are shown, and what is said about each one
// without a name or a role. probe is the test's AccessibleProbe.
function unnamed(probe, item) {
    let found = []
    for (const child of item.children) {
        if (!child.visible || child.opacity === 0 || child.width <= 0 || child.height <= 0)
            continue
        if (child.activeFocusOnTab === true && child.enabled) {
            const said = probe.describe(child)
            // A button is called by its text unless it says otherwise (Qt names it so once a
            // screen reader runs, which the test platform cannot start).
            const name = said.name.trim().length > 0 || !buttonRoles.includes(said.role)
                         ? said.name : String(child.text ?? "")
            // Qt withholds a password field's name from the accessibility layer (the field
            // says "password" instead); what it is called cannot be read back here.
            const password = said.password === true && said.role === "EditableText"
            if (!password && (name.trim().length === 0 || said.role === "" || said.role === "NoRole"
                              || said.role === "Client"))
                found.push(describeItem(child) + " (role " + (said.role || "none") + ", name \"" + said.name + "\")")
        }
        found = found.concat(unnamed(probe, child))
    }
    return found
}

// A one-line text wider than its box, neither elided nor wrapped: it is cut off, or it runs
// into what is beside it. Elided text only in the rows and headers of lists and tables, where
// the whole value is a click away, or with the whole text on hover (ElidedLabel); elsewhere
// (labels, hints, links, summaries) it wraps.
function cutText(item, inView) {
    if (item.elide === undefined || item.wrapMode === undefined || item.contentWidth === undefined
            || item.text === undefined || String(item.text).length === 0)
        return ""
    if (item.truncated && !inView && item.showsFullTextOnHover !== true)
        return "\"" + item.text + "\" is elided"
    if (item.elide !== Text.ElideNone || item.wrapMode !== Text.NoWrap || item.contentWidth <= item.width + 1)
        return ""
    return "\"" + item.text + "\" needs " + Math.round(item.contentWidth) + " px, has " + Math.round(item.width)
}

// Visible items that end past their frame: the window's content (or a dialog), or the content
// of a scrolling view (as wide and as tall as it scrolls). Inside other clipping items, cutting
// is meant. bottoms: whether the bottom edge counts too (a page scrolls; a dialog must fit).
function overflowing(frame, frameWidth, frameHeight, item, inView, bottoms) {
    let found = []
    for (const child of item.children) {
        if (!child.visible || child.width <= 0 || child.opacity === 0)
            continue
        const corner = child.mapToItem(frame, child.width, child.height)
        // A bare Item with nothing in it draws nothing (a list keeps such spacers).
        const drawsNothing = child.children.length === 0 && String(child).startsWith("QQuickItem(")
        const where = " in " + (frame.objectName || String(frame)) + " < "
                      + (frame.parent ? (frame.parent.objectName || String(frame.parent)) : "")
        if (corner.x > frameWidth + 0.5 && !drawsNothing)
            found.push(describeItem(child) + " ends at " + Math.round(corner.x) + " of " + Math.round(frameWidth) + where)
        else if (bottoms && child.height > 0 && corner.y > frameHeight + 0.5 && !drawsNothing)
            found.push(describeItem(child) + " ends at y " + Math.round(corner.y) + " of " + Math.round(frameHeight) + where)
        const cut = cutText(child, inView)
        if (cut)
            found.push(cut)
        if (child.flickableDirection !== undefined && child.contentItem)
            found = found.concat(overflowing(child.contentItem, Math.max(child.contentWidth, child.width),
                                             Math.max(child.contentHeight, child.height), child.contentItem,
                                             inView || child.model !== undefined, bottoms))
        else if (child.clip)
            found = found.concat(overflowing(child, child.width, child.height, child, inView, bottoms))
        else
            found = found.concat(overflowing(frame, frameWidth, frameHeight, child,
                                             inView || child.model !== undefined, bottoms))
    }
    return found
}

// The first item named name under item (itself included), through children and a control's
// contentItem (a popup's or dialog's content), or null.
function findNamed(item, name) {
    if (!item)
        return null
    if (item.objectName === name)
        return item
    const children = item.children.concat(item.contentItem && item.contentItem !== item ? [item.contentItem] : [])
    for (let i = 0; i < children.length; ++i) {
        const found = findNamed(children[i], name)
        if (found)
            return found
    }
    return null
}

// findNamed() that also looks at what an item declares without showing it as a child: popups
// and dialogs (in data) and a dialog's footer.
function findDeclared(item, name) {
    if (!item)
        return null
    if (item.objectName === name)
        return item
    const own = item.data !== undefined ? item.data : item.children
    let children = []
    for (let i = 0; i < (own ? own.length : 0); ++i)
        children.push(own[i])
    if (item.contentItem && item.contentItem !== item)
        children.push(item.contentItem)
    if (item.footer)
        children.push(item.footer)
    for (let i = 0; i < children.length; ++i) {
        const found = findDeclared(children[i], name)
        if (found)
            return found
    }
    return null
}

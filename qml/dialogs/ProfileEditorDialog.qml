// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The thresholds of one delivery profile, grouped as the checks use them. Every change is saved
// at once, judged again on the stored measurements (no new analysis) and can be undone.
Dialog {
    id: dialog
    objectName: "profileEditorDialog"

    required property QualityCatalog quality
    required property EditHistory history
    property string profileKey: ""
    property var fields: []
    property bool isDefault: true

    // Rows change in place, never the whole list: a save and the reload after it keep the
    // scroll position, the focused field and what is still being typed in another one.
    function refresh() {
        if (!quality || profileKey.length === 0)
            return
        const previous = fields
        fields = quality.profileFields(profileKey)
        const sameFields = fields.length === fieldModel.count
                           && fields.every((field, i) => fieldModel.get(i).name === field.name)
        if (!sameFields) {
            fieldModel.clear()
            fields.forEach(field => fieldModel.append(field))
        } else {
            fields.forEach((field, i) => {
                if (JSON.stringify(previous[i]) !== JSON.stringify(field))
                    fieldModel.set(i, field)
            })
        }
        isDefault = quality.isProfileDefault(profileKey)
    }

    title: qsTr("Profile: %1").arg(quality.profiles.find(p => p.key === profileKey)?.name ?? "")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    // A fixed width (margins fit it into a small window): following the declaring panel's
    // layout made its text re-wrap while its height was computed, a binding loop in German.
    width: 640
    margins: 20
    height: Math.min(760, (Overlay.overlay?.height ?? 800) - 40)
    onAboutToShow: refresh()
    onProfileKeyChanged: refresh()

    Connections {
        target: dialog.quality
        function onProfilesChanged() {
            dialog.refresh()
        }
    }

    ListModel {
        id: fieldModel
    }

    contentItem: ListView {
        id: list
        objectName: "profileFieldList"
        clip: true
        spacing: 6
        model: fieldModel
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        delegate: ColumnLayout {
            id: row
            required property var model
            required property int index
            width: list.width - 16
            spacing: 4

            Label {
                Layout.topMargin: row.index > 0 ? 12 : 0
                visible: row.index === 0 || dialog.fields[row.index - 1]?.group !== row.model.group
                text: row.model.groupLabel
                font.bold: true
            }
            ProfileFieldEditor {
                Layout.fillWidth: true
                field: row.model
                quality: dialog.quality
                profileKey: dialog.profileKey
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "resetProfileButton"
            text: qsTr("Reset to Defaults")
            enabled: !dialog.isDefault
            DialogButtonBox.buttonRole: DialogButtonBox.ResetRole
        }
        Button {
            text: qsTr("Undo")
            enabled: dialog.history.canUndo
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            ToolTip.visible: hovered && dialog.history.undoText.length > 0
            ToolTip.text: dialog.history.undoText
            onClicked: dialog.history.undo()
        }
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        onReset: dialog.quality.resetProfile(dialog.profileKey)
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Imprint

// A file's audio over time (QualityCatalog.currentPicture, see AudioPicture::describe): the
// waveform from the stored peaks behind the short-term loudness on a LUFS scale, the profile's
// target as a dashed line, a time axis, and markers where the file clips or its true peak goes
// over the profile's ceiling. A marker is a button: click it (or Tab to it and press Enter) to
// read where, so the user knows where to listen.
ColumnLayout {
    id: root
    spacing: 2

    property var picture: ({})
    /// [{value, label}] for the time axis (QualityCatalog.timeTicks for this width).
    property var timeTicks: []
    /// The marker whose place is shown under the picture (-1: none yet).
    property int selectedMarker: -1

    readonly property var markers: picture.markers ?? []
    readonly property real duration: picture.duration ?? 0
    readonly property real floorLufs: picture.floorLufs ?? -40
    readonly property real ceilingLufs: picture.ceilingLufs ?? 0

    function yOf(lufs, height) {
        const clamped = Math.max(floorLufs, Math.min(ceilingLufs, lufs))
        return height * (ceilingLufs - clamped) / (ceilingLufs - floorLufs)
    }

    onPictureChanged: {
        selectedMarker = -1
        plot.requestPaint()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 4

        // The LUFS scale.
        Item {
            id: lufsAxis
            Layout.preferredWidth: lufsMetrics.advanceWidth + 6
            Layout.preferredHeight: plot.height
            TextMetrics {
                id: lufsMetrics
                font: Kirigami.Theme.smallFont
                text: "−40 LUFS"
            }
            Repeater {
                model: root.picture.lufsTicks ?? []
                delegate: Label {
                    required property var modelData
                    required property int index
                    anchors.right: parent.right
                    y: Math.max(0, Math.min(lufsAxis.height - height, root.yOf(modelData.value, plot.height) - height / 2))
                    text: index === 0 ? qsTr("%1 LUFS").arg(modelData.label) : modelData.label
                    font: Kirigami.Theme.smallFont
                    opacity: 0.7
                }
            }
        }

        Canvas {
            id: plot
            Layout.fillWidth: true
            Layout.preferredHeight: Kirigami.Units.gridUnit * 7
            Kirigami.Theme.colorSet: Kirigami.Theme.View
            Kirigami.Theme.inherit: false
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Waveform and short-term loudness")

            onWidthChanged: requestPaint()
            onHeightChanged: requestPaint()

            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                const background = Kirigami.Theme.backgroundColor
                const text = Kirigami.Theme.textColor
                ctx.fillStyle = background
                ctx.fillRect(0, 0, width, height)

                // Grid at each scale step.
                ctx.strokeStyle = Kirigami.ColorUtils.linearInterpolation(background, text, 0.08)
                ctx.lineWidth = 1
                for (const tick of root.picture.lufsTicks ?? []) {
                    const y = Math.round(root.yOf(tick.value, height)) + 0.5
                    ctx.beginPath()
                    ctx.moveTo(0, y)
                    ctx.lineTo(width, y)
                    ctx.stroke()
                }

                // What each marker covers, faintly, behind the waveform and the curve.
                ctx.globalAlpha = 0.2
                for (const marker of root.markers) {
                    ctx.fillStyle = marker.kind === "clipping" ? Tones.negative : Tones.neutral
                    ctx.fillRect(marker.position * width, 0,
                                 Math.max(1, (marker.endPosition - marker.position) * width), height)
                }
                ctx.globalAlpha = 1

                // The waveform: the band between each bucket's minimum and maximum.
                const low = root.picture.waveMin ?? []
                const high = root.picture.waveMax ?? []
                if (high.length > 1) {
                    const middle = height / 2
                    const xOf = i => width * i / (high.length - 1)
                    ctx.fillStyle = Kirigami.ColorUtils.linearInterpolation(background, text, 0.18)
                    ctx.beginPath()
                    ctx.moveTo(0, middle - high[0] * middle)
                    for (let i = 1; i < high.length; ++i)
                        ctx.lineTo(xOf(i), middle - high[i] * middle)
                    for (let i = low.length - 1; i >= 0; --i)
                        ctx.lineTo(xOf(i), middle - low[i] * middle)
                    ctx.closePath()
                    ctx.fill()
                }

                // The profile's target.
                if (root.picture.target !== undefined && root.picture.target !== null) {
                    ctx.strokeStyle = Kirigami.ColorUtils.linearInterpolation(background, text, 0.6)
                    ctx.setLineDash([4, 4])
                    ctx.beginPath()
                    const y = root.yOf(root.picture.target, height)
                    ctx.moveTo(0, y)
                    ctx.lineTo(width, y)
                    ctx.stroke()
                    ctx.setLineDash([])
                }

                // Short-term loudness, broken where gated out.
                const points = root.picture.curve ?? []
                if (points.length < 2)
                    return
                ctx.strokeStyle = Kirigami.Theme.highlightColor
                ctx.lineWidth = 1.5
                ctx.beginPath()
                let drawing = false
                for (let i = 0; i < points.length; ++i) {
                    const value = points[i]
                    const x = width * i / (points.length - 1)
                    if (value === null || value === undefined) {
                        drawing = false
                        continue
                    }
                    if (drawing)
                        ctx.lineTo(x, root.yOf(value, height))
                    else
                        ctx.moveTo(x, root.yOf(value, height))
                    drawing = true
                }
                ctx.stroke()
            }

            Label {
                objectName: "targetLabel"
                visible: root.picture.targetLabel !== undefined
                anchors.right: parent.right
                anchors.rightMargin: 4
                y: Math.max(0, root.yOf(root.picture.target ?? 0, plot.height) - height - 2)
                text: root.picture.targetLabel ?? ""
                font: Kirigami.Theme.smallFont
                opacity: 0.8
            }

            Repeater {
                model: root.markers
                delegate: AbstractButton {
                    id: marker
                    required property var modelData
                    required property int index
                    objectName: "audioMarker_" + index
                    readonly property color tone: modelData.kind === "clipping" ? Tones.negative : Tones.neutral
                    x: modelData.position * plot.width - width / 2
                    width: Kirigami.Units.largeSpacing * 2
                    height: plot.height
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.text
                    ToolTip.visible: hovered
                    ToolTip.delay: Kirigami.Units.toolTipDelay
                    ToolTip.text: modelData.text
                    onClicked: root.selectedMarker = index

                    contentItem: Item {
                        Rectangle {
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: marker.index === root.selectedMarker || marker.activeFocus ? 2 : 1
                            height: parent.height
                            color: marker.tone
                        }
                        // A handle at the top, so a marker reads as something to press.
                        Rectangle {
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: Kirigami.Units.smallSpacing * 3
                            height: width
                            radius: width / 2
                            color: marker.tone
                            border.width: marker.activeFocus ? 2 : 0
                            border.color: Kirigami.Theme.focusColor
                        }
                    }
                    background: null
                }
            }
        }
    }

    // The time axis.
    Item {
        Layout.fillWidth: true
        Layout.leftMargin: lufsAxis.width + 4
        Layout.preferredHeight: timeMetrics.height
        TextMetrics {
            id: timeMetrics
            font: Kirigami.Theme.smallFont
            text: "0:00"
        }
        Repeater {
            model: root.timeTicks
            delegate: Label {
                required property var modelData
                x: root.duration > 0
                   ? Math.max(0, Math.min(parent.width - width, plot.width * modelData.value / root.duration - width / 2))
                   : 0
                text: modelData.label
                font: Kirigami.Theme.smallFont
                opacity: 0.7
            }
        }
    }

    // Where the chosen marker is, or how to get markers.
    Label {
        objectName: "markerInfo"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font: Kirigami.Theme.smallFont
        visible: text.length > 0
        text: root.selectedMarker >= 0 && root.selectedMarker < root.markers.length
              ? root.markers[root.selectedMarker].text
              : root.picture.markersKnown === false
                ? qsTr("Analyze again to mark where this file clips or goes over the true-peak ceiling.")
                : root.markers.length > 0
                  ? [qsTr("%n marker(s): click one to see where.", "", root.markers.length), root.picture.markersNote ?? ""].join(" ").trim()
                  : ""
    }
}

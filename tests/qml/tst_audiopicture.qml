// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// Issue 13 item 8: the Quality pane's picture places each marker at its time, and a marker
// tells where it is when clicked or reached with the keyboard.
TestCase {
    id: testCase
    name: "AudioPicture"
    when: windowShown
    visible: true
    width: 600
    height: 400

    Component {
        id: pictureComponent
        AudioPicture {
            width: 500
        }
    }

    readonly property var sample: ({
        duration: 200,
        curveInterval: 0.1,
        curve: [-20, null, -14, -12],
        waveMin: [-0.5, -0.8, -0.2],
        waveMax: [0.5, 0.9, 0.3],
        floorLufs: -40,
        ceilingLufs: 0,
        lufsTicks: [{ value: -40, label: "−40" }, { value: -20, label: "−20" }, { value: 0, label: "0" }],
        target: -14,
        targetLabel: "Reference −14 LUFS",
        markersKnown: true,
        markers: [
            { kind: "truePeak", seconds: 50, position: 0.25, label: "0:50.0",
              text: "True peak 0.3 dBTP at 0:50.0, over the −1.0 dBTP ceiling" },
            { kind: "clipping", seconds: 150, position: 0.75, label: "2:30.0", text: "Clipping at 2:30.0" }
        ]
    })

    function test_markersSitAtTheirTime() {
        const picture = createTemporaryObject(pictureComponent, testCase, { picture: sample })
        const first = Walk.findNamed(picture, "audioMarker_0")
        const second = Walk.findNamed(picture, "audioMarker_1")
        verify(first && second)
        const plot = first.parent
        fuzzyCompare(first.x + first.width / 2, plot.width * 0.25, 1)
        fuzzyCompare(second.x + second.width / 2, plot.width * 0.75, 1)
        compare(first.Accessible.name, sample.markers[0].text)
        compare(Walk.findNamed(picture, "targetLabel").text, "Reference −14 LUFS")
    }

    function test_clickingAMarkerSaysWhere() {
        const picture = createTemporaryObject(pictureComponent, testCase, { picture: sample })
        const info = Walk.findNamed(picture, "markerInfo")
        verify(info.text.indexOf("2") >= 0) // "2 markers: click one…"
        mouseClick(Walk.findNamed(picture, "audioMarker_1"))
        compare(info.text, "Clipping at 2:30.0")
        mouseClick(Walk.findNamed(picture, "audioMarker_0"))
        compare(info.text, sample.markers[0].text)
    }

    function test_markersAreReachedWithTheKeyboard() {
        const picture = createTemporaryObject(pictureComponent, testCase, { picture: sample })
        const first = Walk.findNamed(picture, "audioMarker_0")
        first.forceActiveFocus()
        verify(first.activeFocus)
        keyClick(Qt.Key_Space)
        compare(Walk.findNamed(picture, "markerInfo").text, sample.markers[0].text)
        keyClick(Qt.Key_Tab)
        verify(Walk.findNamed(picture, "audioMarker_1").activeFocus)
    }

    function test_anOldAnalysisSaysHowToGetMarkers() {
        const old = Object.assign({}, sample, { markers: [], markersKnown: false })
        const picture = createTemporaryObject(pictureComponent, testCase, { picture: old })
        verify(Walk.findNamed(picture, "markerInfo").text.indexOf("Analyze") >= 0)
        verify(!Walk.findNamed(picture, "audioMarker_0"))
    }

    function test_aNewPictureForgetsTheChosenMarker() {
        const picture = createTemporaryObject(pictureComponent, testCase, { picture: sample })
        mouseClick(Walk.findNamed(picture, "audioMarker_1"))
        compare(picture.selectedMarker, 1)
        picture.picture = Object.assign({}, sample, { markers: [sample.markers[0]] })
        compare(picture.selectedMarker, -1)
    }
}

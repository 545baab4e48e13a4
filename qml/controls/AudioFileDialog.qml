// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Dialogs
import Imprint.App

// The file dialog for a track's audio (a planned track's master, its cut-downs), opened where the
// last audio file was chosen. With fileMode FileDialog.OpenFiles, chosenFiles has them all.
FileDialog {
    id: dialog

    signal chosen(url file)
    signal chosenFiles(list<url> files)

    function ask() {
        currentFolder = AppSettings.startFolder("audio")
        open()
    }

    title: qsTr("Choose the Track's Audio File")
    nameFilters: [qsTr("Audio files (*.wav *.wave *.bwf *.rf64 *.w64 *.flac *.aif *.aiff *.aifc *.caf *.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wv *.ape *.tta *.mpc *.wma)"), qsTr("All files (*)")]
    onAccepted: {
        AppSettings.rememberFolder("audio", selectedFile)
        dialog.chosen(selectedFile)
        dialog.chosenFiles(selectedFiles)
    }
}

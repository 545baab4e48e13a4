// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"
#include "TestCatalog.h"
#include "import/ImportController.h"

#include <QObject>
#include <QUrl>

#include <memory>

/// The release journey's world for tst_journey.qml: an empty catalog with its library folder, a
/// session and an importer on it, a take on disk and the rights facts the GUI records on pages
/// the journey does not walk (credits, splits, the work, provenance, release fields).
class JourneyFixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Imprint::CatalogSession *session READ session CONSTANT)
    Q_PROPERTY(Imprint::ImportController *importer READ importer CONSTANT)

public:
    JourneyFixture();
    ~JourneyFixture() override;

    Imprint::CatalogSession *session() { return m_session.get(); }
    Imprint::ImportController *importer() { return m_importer.get(); }

    /// A folder with one take, 35 s of stereo tone tagged with title and artist.
    Q_INVOKABLE QUrl makeTake(const QString &title, const QString &artist);
    /// A 3000×3000 RGB PNG cover, as a designer delivers it.
    Q_INVOKABLE QUrl makeCover();
    /// A signed licence for the AI tool licence item, outside the library (as a download).
    Q_INVOKABLE QUrl makeLicence();
    /// Records what the release editor, the track pane, the works page and the provenance tab
    /// save for the track (written as those pages write them), then reloads the session.
    Q_INVOKABLE bool recordRightsFacts(qint64 releaseId, qint64 trackId);
    /// Whether the release's delivery milestone is done, read from the catalog.
    Q_INVOKABLE bool deliveryMilestoneDone(qint64 releaseId) const;
    /// A path for a package in the fixture's folder.
    Q_INVOKABLE QUrl packageUrl(const QString &name) const;
    /// A folder beside the library ("Downloads") with one take, as a browser leaves it.
    Q_INVOKABLE QUrl makeOutsideTake(const QString &title);
    /// A folder in the library with one 8-second tone twice, as "Sea Glass.wav" and a copy
    /// "Sea Glass (export).wav": two tracks of the same audio once imported.
    Q_INVOKABLE QUrl makeDuplicateTakes();
    /// A text file named name in the fixture's folder (a spreadsheet's CSV export, say).
    Q_INVOKABLE QUrl makeTextFile(const QString &name, const QString &text);
    /// A ZIP stem pack in the fixture's "Downloads" (Drums.wav and Bass.wav, tones of seconds
    /// each, as makeTake's take is 35 s), as a collaborator sends it.
    Q_INVOKABLE QUrl makeStemPack(const QString &name, int seconds);
    /// An audio file in the fixture's "Downloads": a tone of seconds at hertz (a cut-down as an
    /// editor exports it).
    Q_INVOKABLE QUrl makeAudioFile(const QString &name, int seconds, double hertz);
    /// Whether the library folder holds relativePath.
    Q_INVOKABLE bool libraryHas(const QString &relativePath) const;
    /// Turns the catalogued file at relativePath into one a catalog made before imports copied
    /// would have: moved beside the library and stored as "../Downloads/…". Reloads the session.
    Q_INVOKABLE bool moveOutsideLibrary(const QString &relativePath);
    /// Spoils the catalogued file at relativePath for the next analysis: removed (a drive not
    /// connected) or overwritten with bytes no decoder reads (an export cut short).
    Q_INVOKABLE bool spoilLibraryFile(const QString &relativePath, bool remove);
    /// Makes the catalog refuse every change to table, as a full disk would ("the disk is full").
    Q_INVOKABLE bool refuseChangesTo(const QString &table);

private:
    Imprint::Test::TestCatalog m_catalog { 0 };
    std::unique_ptr<Imprint::CatalogSession> m_session;
    std::unique_ptr<Imprint::ImportController> m_importer;
};

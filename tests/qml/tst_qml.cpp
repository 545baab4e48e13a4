// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AccessibleProbe.h"
#include "AppInfo.h"
#include "AudioFixtures.h"
#include "CatalogSession.h"
#include "JourneyFixture.h"
#include "TestCatalog.h"
#include "catalog/TrackQueries.h"
#include "gui/DesktopStyle.h"
#include "gui/IdleIncubationController.h"
#include "import/ImportController.h"
#include "library/LibraryFolders.h"
#include "rights/RightsEdits.h"
#include "rights/RightsQueries.h"
#include "rights/RightsRecordText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ImprintPlugin)
Q_IMPORT_QML_PLUGIN(Imprint_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Imprint_AppPlugin)

using namespace Qt::StringLiterals;

namespace
{

/// What a session tells its user, and each time it reads the whole catalog again, in the test's
/// output: a failure in CI then shows the refusal or the reload that led to it.
void logSession(Imprint::CatalogSession *session, const QString &name)
{
    QObject::connect(session, &Imprint::CatalogSession::errorOccurred, session,
        [name](const QString &message) { qInfo().noquote() << name << "session says:" << message; });
    QObject::connect(session, &Imprint::CatalogSession::reloaded, session,
        [name] { qInfo().noquote() << name << "session read the catalog again"; });
}

} // namespace

/// Another person's client on the test catalog: writes a track field straight into the catalog,
/// behind the test session's back (tst_editconflict.qml).
class OtherClient : public QObject
{
    Q_OBJECT

public:
    explicit OtherClient(const Imprint::CatalogStore &store)
        : m_store(store)
    {
    }

    Q_INVOKABLE bool setTrackField(qint64 trackId, const QString &field, const QString &value)
    {
        QString error;
        const auto editable = Imprint::TrackQueries::editableField(field);
        if (editable
            && Imprint::TrackQueries::updateTrackField(
                m_store.connection(), trackId, *editable, value, &error))
            return true;
        qWarning() << "the other client's edit failed:" << error;
        return false;
    }

    /// What the catalog holds in a track field, read on this client's connection.
    Q_INVOKABLE QString trackField(qint64 trackId, const QString &field) const
    {
        QString error;
        const auto editable = Imprint::TrackQueries::editableField(field);
        const auto rows = Imprint::TrackQueries::tracks(m_store.connection(), { trackId }, &error);
        if (!editable || !rows || rows->isEmpty())
            return u"<missing>"_s;
        return Imprint::TrackQueries::fieldText(rows->constFirst(), *editable);
    }

    /// Sets a provenance field of a track, recording its provenance first when it has none.
    Q_INVOKABLE bool setProvenanceField(qint64 trackId, const QString &field, const QString &value)
    {
        QString error;
        if (Imprint::RightsEdits::setProvenanceRecorded(m_store.connection(), trackId, true, &error)
            && Imprint::RightsQueries::updateProvenanceField(
                m_store.connection(), trackId, field, value, &error))
            return true;
        qWarning() << "the other client's edit failed:" << error;
        return false;
    }

    /// A provenance field as the catalog holds it, "<none>" for a track without provenance.
    Q_INVOKABLE QString provenanceField(qint64 trackId, const QString &field) const
    {
        QString error;
        const auto facts = Imprint::RightsQueries::trackFacts(
            m_store.connection(), {}, QDate::currentDate(), trackId, &error);
        if (!facts || facts->isEmpty() || !facts->constFirst().provenance)
            return u"<none>"_s;
        return Imprint::RightsRecordText::provenanceText(facts->constFirst(), field);
    }

    Q_INVOKABLE bool removeProvenance(qint64 trackId)
    {
        QString error;
        return Imprint::RightsEdits::setProvenanceRecorded(m_store.connection(), trackId, false, &error);
    }

private:
    Imprint::CatalogStore m_store;
};

/// Opens a catalog again as the window does after File › Library Folder… (a new run on the same
/// catalog): on a team catalog, with the library folder this computer remembers for it.
class CatalogReopener : public QObject
{
    Q_OBJECT

public:
    /// A new session on the catalog at path, reading it; null when it cannot be opened. It
    /// stays until the next call or the end of the test.
    Q_INVOKABLE Imprint::CatalogSession *reopen(const QString &path)
    {
        if (m_session)
            m_session->waitForIdle();
        m_session.reset();
        const Imprint::CatalogStore store
            = Imprint::LibraryFolders::withLocalFolder(Imprint::CatalogStore(path));
        QString error;
        if (!store.open(&error)) {
            qWarning() << "cannot open" << path << "again:" << error;
            return nullptr;
        }
        m_session = std::make_unique<Imprint::CatalogSession>(store);
        logSession(m_session.get(), u"reopened"_s);
        QQmlEngine::setObjectOwnership(m_session.get(), QQmlEngine::CppOwnership);
        m_session->reload();
        return m_session.get();
    }
    void close()
    {
        if (m_session)
            m_session->waitForIdle();
        m_session.reset();
    }

private:
    std::unique_ptr<Imprint::CatalogSession> m_session;
};

/// Gives the QML tests a generated catalog, so they test the real models.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // The window's style, as the application chooses it (the desktop style, Kirigami's theme),
    // and its translations for the user's language (LANGUAGE=de walks the pages in German).
    void applicationAvailable()
    {
        Imprint::DesktopStyle::apply();
        Imprint::AppInfo::installTranslations(*QCoreApplication::instance());
    }
    // Called for every test file, each with an engine of its own: the last file's catalogs go
    // first, each session before its catalog (whose database a PostgreSQL run drops).
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        cleanupTestCase();
        QStandardPaths::setTestModeEnabled(true);
        m_incubation.install(engine); // as the application does
        m_catalog = std::make_unique<Imprint::Test::TestCatalog>(30);
        m_session = std::make_unique<Imprint::CatalogSession>(m_catalog->store());
        logSession(m_session.get(), u"test"_s);
        m_importer = std::make_unique<Imprint::ImportController>();
        m_importer->setSession(m_session.get());
        m_session->reload();
        m_session->waitForIdle();
        engine->rootContext()->setContextProperty(u"testSession"_s, m_session.get());
        engine->rootContext()->setContextProperty(u"testImporter"_s, m_importer.get());
        m_otherClient = std::make_unique<OtherClient>(m_catalog->store());
        engine->rootContext()->setContextProperty(u"otherClient"_s, m_otherClient.get());
        setUpFixLinksCatalog();
        engine->rootContext()->setContextProperty(u"fixSession"_s, m_fixSession.get());
        engine->rootContext()->setContextProperty(u"fixTrackId"_s, m_fixTrackId);
        engine->rootContext()->setContextProperty(u"fixLooseTrackId"_s, m_fixLooseTrackId);
        setUpTagWriteCatalog();
        engine->rootContext()->setContextProperty(u"tagWriteSession"_s, m_tagSession.get());
        engine->rootContext()->setContextProperty(u"testImages"_s, makeImages());
        m_journey = std::make_unique<JourneyFixture>();
        engine->rootContext()->setContextProperty(u"journey"_s, m_journey.get());
        // The same world for the copy into the library, kept apart so the journey starts empty.
        m_outsideWorld = std::make_unique<JourneyFixture>();
        engine->rootContext()->setContextProperty(u"outsideWorld"_s, m_outsideWorld.get());
        // Likely duplicates, merged and kept, on a catalog of their own.
        m_duplicatesWorld = std::make_unique<JourneyFixture>();
        engine->rootContext()->setContextProperty(u"duplicatesWorld"_s, m_duplicatesWorld.get());
        // An ISRC prefix of its own: the catalog keeps it, and testSession starts without one.
        m_isrcWorld = std::make_unique<JourneyFixture>();
        engine->rootContext()->setContextProperty(u"isrcWorld"_s, m_isrcWorld.get());
        // A take and the stem packs attached to it.
        m_stemsWorld = std::make_unique<JourneyFixture>();
        engine->rootContext()->setContextProperty(u"stemsWorld"_s, m_stemsWorld.get());
        // Files the analysis cannot read or decode.
        m_analysisWorld = std::make_unique<JourneyFixture>();
        engine->rootContext()->setContextProperty(u"analysisWorld"_s, m_analysisWorld.get());
        // Tags written that the catalog cannot record.
        m_unrecordedWorld = std::make_unique<JourneyFixture>();
        engine->rootContext()->setContextProperty(u"unrecordedWorld"_s, m_unrecordedWorld.get());
        // A take on no release and of no work, for the track pane's Add to Release and New Work.
        m_looseTakeWorld = std::make_unique<JourneyFixture>();
        engine->rootContext()->setContextProperty(u"looseTakeWorld"_s, m_looseTakeWorld.get());
        engine->rootContext()->setContextProperty(u"accessibleProbe"_s, &m_accessibleProbe);
        setUpMovedLibrary();
        engine->rootContext()->setContextProperty(u"movedLibrarySession"_s, m_movedSession.get());
        engine->rootContext()->setContextProperty(
            u"movedLibraryFolder"_s, QUrl::fromLocalFile(m_movedCatalog->folder() + u"/moved"_s));
        engine->rootContext()->setContextProperty(u"catalogReopener"_s, &m_reopener);
        engine->rootContext()->setContextProperty(
            u"emptyFolder"_s, QUrl::fromLocalFile(m_movedCatalog->folder() + u"/empty"_s));
    }
    void cleanupTestCase()
    {
        m_reopener.close();
        if (m_movedSession)
            m_movedSession->waitForIdle();
        m_movedSession.reset();
        m_movedCatalog.reset();
        m_journey.reset();
        m_outsideWorld.reset();
        m_isrcWorld.reset();
        m_stemsWorld.reset();
        m_analysisWorld.reset();
        m_unrecordedWorld.reset();
        m_looseTakeWorld.reset();
        m_duplicatesWorld.reset();
        if (m_fixSession)
            m_fixSession->waitForIdle();
        m_fixSession.reset();
        m_fixCatalog.reset();
        if (m_tagSession)
            m_tagSession->waitForIdle();
        m_tagSession.reset();
        m_tagCatalog.reset();
        m_importer.reset();
        m_otherClient.reset();
        m_session.reset();
        m_catalog.reset();
    }

private:
    // Covers for the artwork controls: a small RGB JPEG (taken, with a warning) and a greyscale
    // PNG (refused).
    QVariantMap makeImages()
    {
        QImage cover(600, 600, QImage::Format_RGB32);
        cover.fill(QColor(40, 90, 160));
        const QString small = m_images.filePath(u"small cover.jpg"_s);
        const QString grey = m_images.filePath(u"grey cover.png"_s);
        if (!cover.save(small, "JPEG") || !cover.convertToFormat(QImage::Format_Grayscale8).save(grey, "PNG"))
            qWarning() << "cannot write the test covers";
        return { { u"small"_s, QUrl::fromLocalFile(small) }, { u"grey"_s, QUrl::fromLocalFile(grey) } };
    }

    // A catalog of its own for the write-tags dialog: four real FLAC masters, the second one
    // read-only (the main test catalog has no files, which other tests rely on).
    void setUpTagWriteCatalog()
    {
        m_tagCatalog = std::make_unique<Imprint::Test::TestCatalog>(4);
        const Imprint::CatalogStore store = m_tagCatalog->store();
        const QString library = QDir(m_tagCatalog->folder()).filePath(u"library"_s);
        QString error;
        if (!store.setLibraryRoot(library, &error))
            qWarning() << error;
        QSqlQuery query(store.connection());
        query.exec(u"SELECT rel_path FROM assets WHERE kind = 'master' ORDER BY rel_path"_s);
        for (int i = 0; query.next(); ++i) {
            const QFileInfo master(QDir(library).filePath(query.value(0).toString()));
            QDir().mkpath(master.absolutePath());
            const QString path = Imprint::Testing::makeAudioFile(
                master.absolutePath(), master.completeBaseName(), u"flac"_s, &error);
            if (path.isEmpty())
                qWarning() << error;
            else if (i == 1)
                QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        }
        m_tagSession = std::make_unique<Imprint::CatalogSession>(store);
        logSession(m_tagSession.get(), u"tag"_s);
    }

    // A catalog whose library folder is gone from where it says (File › Library Folder…): its
    // files are in "moved", and "empty" holds none of them.
    void setUpMovedLibrary()
    {
        m_movedCatalog = std::make_unique<Imprint::Test::TestCatalog>(3);
        const Imprint::CatalogStore store = m_movedCatalog->store();
        const QDir folder(m_movedCatalog->folder());
        QString error;
        if (!folder.mkpath(u"empty"_s) || !store.setLibraryRoot(folder.filePath(u"gone"_s), &error))
            qWarning() << "moved library:" << error;
        QSqlQuery query(store.connection());
        query.exec(u"SELECT rel_path FROM assets"_s);
        while (query.next()) {
            const QString path = folder.filePath(u"moved/"_s + query.value(0).toString());
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write("audio") != 5)
                qWarning() << "cannot write" << path;
        }
        m_movedSession = std::make_unique<Imprint::CatalogSession>(store);
        logSession(m_movedSession.get(), u"moved"_s);
        m_movedSession->reload();
        m_movedSession->waitForIdle();
    }

    // A catalog of its own for the fix links (the whole window, quality analysis included): its
    // first track is AI-generated with an uploaded input and records a work, so every target
    // (provenance fields, the input's permission, the work's shares) has its control.
    void setUpFixLinksCatalog()
    {
        m_fixCatalog = std::make_unique<Imprint::Test::TestCatalog>(6);
        QSqlQuery query(m_fixCatalog->store().connection());
        m_fixTrackId = Imprint::Test::scalar(m_fixCatalog->store(), u"SELECT min(id) FROM tracks"_s);
        for (const QString &sql : { u"INSERT INTO works(title) VALUES ('Song 1')"_s,
                 u"UPDATE tracks SET work_id = (SELECT max(id) FROM works) WHERE id = %1"_s.arg(m_fixTrackId),
                 u"INSERT INTO provenance(track_id, origin) VALUES (%1, 'ai_generated')"_s.arg(m_fixTrackId),
                 u"INSERT INTO provenance_inputs(track_id, description) VALUES (%1, 'vocal demo')"_s.arg(
                     m_fixTrackId) }) {
            if (!query.exec(sql))
                qWarning() << sql << query.lastError().text();
        }
        // One track on no release and with no audio: "not on any release" and "no master file"
        // lead to controls shown only then.
        m_fixLooseTrackId = Imprint::Test::scalar(m_fixCatalog->store(), u"SELECT max(id) FROM tracks"_s);
        for (const QString &sql : { u"DELETE FROM release_tracks WHERE track_id = %1"_s,
                 u"DELETE FROM assets WHERE track_id = %1 AND kind = 'master'"_s }) {
            if (!query.exec(sql.arg(m_fixLooseTrackId)))
                qWarning() << sql << query.lastError().text();
        }
        m_fixSession = std::make_unique<Imprint::CatalogSession>(m_fixCatalog->store());
        logSession(m_fixSession.get(), u"fix"_s);
        m_fixSession->reload();
        m_fixSession->waitForIdle();
    }

    QTemporaryDir m_images;
    AccessibleProbe m_accessibleProbe;
    std::unique_ptr<JourneyFixture> m_journey;
    Imprint::IdleIncubationController m_incubation;
    std::unique_ptr<JourneyFixture> m_outsideWorld;
    std::unique_ptr<JourneyFixture> m_isrcWorld;
    std::unique_ptr<JourneyFixture> m_stemsWorld;
    std::unique_ptr<JourneyFixture> m_analysisWorld;
    std::unique_ptr<JourneyFixture> m_unrecordedWorld;
    std::unique_ptr<JourneyFixture> m_looseTakeWorld;
    std::unique_ptr<JourneyFixture> m_duplicatesWorld;
    std::unique_ptr<Imprint::Test::TestCatalog> m_tagCatalog;
    std::unique_ptr<Imprint::CatalogSession> m_tagSession;
    std::unique_ptr<Imprint::Test::TestCatalog> m_movedCatalog;
    std::unique_ptr<Imprint::CatalogSession> m_movedSession;
    CatalogReopener m_reopener;
    std::unique_ptr<Imprint::Test::TestCatalog> m_fixCatalog;
    std::unique_ptr<Imprint::CatalogSession> m_fixSession;
    int m_fixTrackId = 0;
    int m_fixLooseTrackId = 0;
    std::unique_ptr<Imprint::Test::TestCatalog> m_catalog;
    std::unique_ptr<Imprint::CatalogSession> m_session;
    std::unique_ptr<Imprint::ImportController> m_importer;
    std::unique_ptr<OtherClient> m_otherClient;
};

QUICK_TEST_MAIN_WITH_SETUP(imprint, Setup)

#include "tst_qml.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// A track's stems and cut-downs in its details: listed, and each taken off as an undoable step
// with its analyses, so a stem exported again can take a failing one's place.
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "quality/AnalysisRepository.h"
#include "tracks/TrackFiles.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestTrackFiles : public QObject
{
    Q_OBJECT

    static void settle(CatalogSession &session)
    {
        for (int round = 0; round < 3; ++round)
            session.waitForIdle();
    }

    static QStringList shownPaths(const TrackFiles &files)
    {
        QStringList paths;
        for (const QVariant &file : files.files())
            paths.append(file.toMap().value(u"path"_s).toString());
        return paths;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aStemIsTakenOffAndPutBack()
    {
        Test::TestCatalog catalog(2);
        const CatalogStore &store = catalog.store();
        const qint64 track = Test::scalar(store, u"SELECT min(id) FROM tracks"_s);
        const qint64 other = Test::scalar(store, u"SELECT max(id) FROM tracks"_s);
        QSqlQuery query(store.connection());
        QVERIFY2(
            query.exec(u"INSERT INTO assets(id, rel_path, kind, stem_type, track_id, size, mtime_ms, "
                       u"content_hash, duration_ms) "
                       "VALUES (701, 'Stems/A/Song/vox.wav', 'stem', 'vocals', %1, 10, 0, '%3', 1000), "
                       "(702, 'Stems/A/Song/drums.wav', 'stem', 'drums', %1, 10, 0, NULL, 1000), "
                       "(703, 'Cut-downs/A/Song 30.wav', 'cutdown', NULL, %1, 10, 0, NULL, 30000), "
                       "(704, 'Stems/B/Other/bass.wav', 'stem', 'bass', %2, 10, 0, NULL, 1000)"_s.arg(track)
                           .arg(other)
                           .arg(QString(64, u'a'))),
            qPrintable(query.lastError().text()));
        query.finish();
        const AnalysisRecord analysis = Test::deliverableAnalysis(701);
        QString error;
        QVERIFY2(AnalysisRepository::save(store.connection(), { analysis }, &error), qPrintable(error));

        CatalogSession session(store);
        Test::loadSession(session);
        TrackFiles *files = session.files();
        session.setCurrentTrackId(track);
        settle(session);
        // Stems first, then cut-downs; each by path. Another track's stem is not listed.
        QCOMPARE(shownPaths(*files),
            QStringList(
                { u"Stems/A/Song/drums.wav"_s, u"Stems/A/Song/vox.wav"_s, u"Cut-downs/A/Song 30.wav"_s }));
        const QVariantMap vocals = files->files().at(1).toMap();
        QCOMPARE(vocals.value(u"name"_s).toString(), u"vocals"_s); // as the audio checks name it
        QCOMPARE(vocals.value(u"fileName"_s).toString(), u"vox.wav"_s);
        QCOMPARE(vocals.value(u"label"_s).toString(), u"vocals (vox.wav)"_s);
        QCOMPARE(files->files().at(0).toMap().value(u"label"_s).toString(), u"drums.wav"_s); // says it

        QSignalSpy changed(files, &TrackFiles::filesChanged);
        files->remove(701);
        settle(session);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE id = 701"_s), 0);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM analyses WHERE asset_id = 701"_s), 0);
        QCOMPARE(
            shownPaths(*files), QStringList({ u"Stems/A/Song/drums.wav"_s, u"Cut-downs/A/Song 30.wav"_s }));
        QCOMPARE(session.history()->undoText(), u"Undo Remove Stem “vox.wav”"_s);

        // Undo brings back the record with its analysis; redo takes it out again.
        session.history()->undo();
        settle(session);
        QCOMPARE(
            Test::scalar(store, u"SELECT count(*) FROM assets WHERE id = 701 AND track_id = %1"_s.arg(track)),
            1);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM analyses WHERE asset_id = 701"_s), 1);
        QCOMPARE(shownPaths(*files).size(), 3);
        session.history()->redo();
        settle(session);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE id = 701"_s), 0);

        // A cut-down goes the same way; a file of another track, or a master, is not taken.
        files->remove(703);
        settle(session);
        QCOMPARE(session.history()->undoText(), u"Undo Remove Cut-down “Song 30.wav”"_s);
        files->remove(704); // not shown here
        const qint64 master = Test::scalar(store, u"SELECT min(id) FROM assets WHERE kind = 'master'"_s);
        QVERIFY(master > 0);
        files->remove(master);
        settle(session);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE id IN (704, %1)"_s.arg(master)), 2);
        QCOMPARE(shownPaths(*files), QStringList({ u"Stems/A/Song/drums.wav"_s }));
    }

    // The file of a removed stem waits in the library's hidden folder, which Import Folder does
    // not read, and comes back with its undo. A new stem exported in its place (on SQLite even
    // under its id) is never taken by that undo or its redo.
    void aRemovedFileIsHeldAndNeverTakesANewOnesPlace()
    {
        Test::TestCatalog catalog(1);
        const CatalogStore &store = catalog.store();
        const QString root = catalog.folder() + u"/library"_s;
        QString error;
        QVERIFY2(QDir().mkpath(root + u"/Stems/A/Song"_s) && store.setLibraryRoot(root, &error),
            qPrintable(error));
        const auto write = [&root](const QString &relPath, const QByteArray &bytes) {
            QFile file(QDir(root).filePath(relPath));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        const auto read = [&root](const QString &relPath) {
            QFile file(QDir(root).filePath(relPath));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QString place = u"Stems/A/Song/vox.wav"_s;
        const QString held = u".imprint-removed/Stems/A/Song/vox.wav"_s;
        const qint64 track = Test::scalar(store, u"SELECT min(id) FROM tracks"_s);
        const QString insert = u"INSERT INTO assets(id, rel_path, kind, stem_type, track_id, size, mtime_ms) "
                               "VALUES (701, '%1', 'stem', 'vocals', %2, 3, 0)"_s.arg(place)
                                   .arg(track);
        QVERIFY(write(place, "one"));
        QSqlQuery query(store.connection());
        QVERIFY2(query.exec(insert), qPrintable(query.lastError().text()));
        query.finish();

        CatalogSession session(store);
        Test::loadSession(session);
        QSignalSpy errors(&session, &CatalogSession::errorOccurred);
        session.setCurrentTrackId(track);
        settle(session);
        session.files()->remove(701);
        settle(session);
        QVERIFY(!QFile::exists(QDir(root).filePath(place)));
        QCOMPARE(read(held), QByteArray("one"));
        session.history()->undo();
        settle(session);
        QCOMPARE(read(place), QByteArray("one"));
        QVERIFY(!QFile::exists(QDir(root).filePath(held)));
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE id = 701"_s), 1);
        session.history()->redo();
        settle(session);
        QCOMPARE(read(held), QByteArray("one"));
        QVERIFY(errors.isEmpty());

        // The stem exported again takes the old one's name (and, here, its id).
        QVERIFY(write(place, "two"));
        QVERIFY2(query.exec(insert), qPrintable(query.lastError().text()));
        query.finish();
        session.history()->undo();
        settle(session);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(
            errors.first().first().toString().contains(place), qPrintable(errors.first().first().toString()));
        QCOMPARE(read(place), QByteArray("two"));
        QCOMPARE(read(held), QByteArray("one")); // still held, not lost
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE id = 701"_s), 1);
        QVERIFY(!session.history()->canUndo()); // the step made on the old file is gone
        QVERIFY(!session.history()->canRedo());

        // An old step's id that now names a master is never taken off.
        const qint64 master = Test::scalar(store, u"SELECT min(id) FROM assets WHERE kind = 'master'"_s);
        session.files()->applyField(master, u"file"_s, QString(), QString());
        settle(session);
        QCOMPARE(Test::scalar(store, u"SELECT count(*) FROM assets WHERE id = %1"_s.arg(master)), 1);
        QCOMPARE(errors.size(), 2);
    }
};

QTEST_MAIN(TestTrackFiles)
#include "tst_trackfiles.moc"

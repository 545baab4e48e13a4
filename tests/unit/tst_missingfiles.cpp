// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestBackend.h"
#include "catalog/CatalogStore.h"
#include "catalog/MissingFiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Imprint;
using namespace Qt::StringLiterals;

namespace
{

struct Stored {
    QString path;
    qint64 size = 1000;
    qint64 mtimeMs = 5000;
    QString audioHash;
    QString audioKey;
    QString kind = QStringLiteral("master");
    qint64 durationMs = 180000;
};

ImportedFile newFile(const QString &path, const QString &key, const QString &hash = {})
{
    ImportedFile file;
    file.kind = ImportedFile::Kind::Master;
    file.relativePath = path;
    file.size = 2000; // retagged: another size and time than any stored file
    file.mtimeMs = 9000;
    file.audioKey = key;
    file.audioHash = hash;
    file.durationMs = 180000;
    return file;
}

} // namespace

// Which missing file a file found at a new path is (issue 15), by what the catalog knows of it.
class TestMissingFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_catalogs = 0;

    // A catalog whose audio files are these, every one of them gone from the library.
    MissingFiles missing(const QList<Stored> &files)
    {
        const CatalogStore store(Test::catalogLocation(m_dir, u"catalog%1.sqlite"_s.arg(++m_catalogs)));
        QString error;
        if (!store.open(&error))
            qFatal("%s", qPrintable(error));
        QSqlQuery query(store.connection());
        for (const Stored &file : files) {
            query.prepare(
                u"INSERT INTO assets(rel_path, kind, size, mtime_ms, audio_hash, audio_key, duration_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            query.addBindValue(file.path);
            query.addBindValue(file.kind);
            query.addBindValue(file.size);
            query.addBindValue(file.mtimeMs);
            query.addBindValue(file.audioHash.isEmpty() ? QVariant() : file.audioHash);
            query.addBindValue(file.audioKey.isEmpty() ? QVariant() : file.audioKey);
            query.addBindValue(file.durationMs);
            if (!query.exec())
                qFatal("%s", qPrintable(query.lastError().text()));
        }
        MissingFiles list;
        if (!list.load(store.connection(), [](const QString &) { return false; }, &error))
            qFatal("%s", qPrintable(error));
        store.closeThreadConnection();
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theOneWithTheSameStartIsTaken()
    {
        MissingFiles list = missing(
            { { u"a.flac"_s, 1000, 5000, {}, u"key-a"_s }, { u"b.flac"_s, 1000, 5000, {}, u"key-b"_s } });
        const auto found = list.take(newFile(u"Harbour Lights.flac"_s, u"key-b"_s));
        QVERIFY(found);
        QCOMPARE(found->path, u"b.flac"_s);
        // Taken off the list: a second file of that start is new.
        QVERIFY(!list.take(newFile(u"Harbour Lights copy.flac"_s, u"key-b"_s)));
    }

    void copiesOfOneTakeAreToldApartBySizeAndTimeOrByName()
    {
        MissingFiles list = missing({ { u"old/take.wav"_s, 1000, 5000, {}, u"same"_s },
            { u"old/take copy.wav"_s, 1100, 5000, {}, u"same"_s } });
        QVERIFY(!list.take(newFile(u"new/renamed.wav"_s, u"same"_s)));
        const auto byName = list.take(newFile(u"new/take copy.wav"_s, u"same"_s));
        QVERIFY(byName);
        QCOMPARE(byName->path, u"old/take copy.wav"_s);

        // Renamed without a retag: the size and time the catalog has for one of them.
        MissingFiles again = missing({ { u"old/take.wav"_s, 1000, 5000, {}, u"same"_s },
            { u"old/take copy.wav"_s, 1100, 5000, {}, u"same"_s } });
        ImportedFile renamed = newFile(u"new/renamed.wav"_s, u"same"_s);
        renamed.size = 1100;
        renamed.mtimeMs = 5000;
        const auto byStamp = again.take(renamed);
        QVERIFY(byStamp);
        QCOMPARE(byStamp->path, u"old/take copy.wav"_s);
    }

    void theSameStartOfAnotherKindOrLengthIsAnotherRecording()
    {
        // A stem of the session a master was bounced from; a radio edit of it (FFmpeg's lengths
        // are not in the key, so the key alone cannot tell them apart).
        Stored stem { u"stems/vocals.wav"_s, 1000, 5000, {}, u"same"_s };
        stem.kind = u"stem"_s;
        MissingFiles stems = missing({ stem });
        QVERIFY(!stems.take(newFile(u"master.wav"_s, u"same"_s)));
        ImportedFile movedStem = newFile(u"stems/Vocals (final).wav"_s, u"same"_s);
        movedStem.kind = ImportedFile::Kind::Stem;
        QVERIFY(stems.take(movedStem));

        MissingFiles songs = missing({ { u"Song.mp3"_s, 1000, 5000, {}, u"same"_s } });
        ImportedFile radioEdit = newFile(u"Song (Radio Edit).mp3"_s, u"same"_s);
        radioEdit.durationMs = 150000;
        QVERIFY(!songs.take(radioEdit));
        // A length estimated from the file's size moves a little with a retag: still the same.
        ImportedFile retagged = newFile(u"Song (tagged).mp3"_s, u"same"_s);
        retagged.durationMs = 181500;
        QVERIFY(songs.take(retagged));
    }

    void aFileKnownByItsStartIsNotTakenBySizeAndTime()
    {
        // Stems exported together share size and time; another stem's start says it is not this.
        MissingFiles list = missing({ { u"bass.wav"_s, 1000, 5000, {}, u"key-bass"_s } });
        ImportedFile keys = newFile(u"keys.wav"_s, u"key-keys"_s);
        keys.size = 1000;
        keys.mtimeMs = 5000;
        QVERIFY(!list.take(keys));
    }

    void theWholeAudioOutweighsItsStart()
    {
        // Both decoded whole and different: another recording that starts the same (an edit
        // further in, an extended version) is not the missing file.
        MissingFiles list = missing({ { u"a.flac"_s, 1000, 5000, u"hash-a"_s, u"key"_s } });
        QVERIFY(!list.take(newFile(u"b.flac"_s, u"key"_s, u"hash-b"_s)));
        QVERIFY(list.take(newFile(u"c.flac"_s, u"other"_s, u"hash-a"_s)));
    }

    void aFileImportedBeforeKeysIsFoundBySizeAndTime()
    {
        MissingFiles list = missing({ { u"a.wav"_s, 1000, 5000, {}, {} } });
        ImportedFile moved = newFile(u"moved/a.wav"_s, u"key"_s);
        QVERIFY(!list.take(moved)); // retagged: another size and time
        moved.size = 1000;
        moved.mtimeMs = 5000;
        QVERIFY(list.take(moved));
    }

    void aStartSharedByMissingFilesIsNotOvertakenBySizeAndTime()
    {
        MissingFiles list = missing({ { u"x.wav"_s, 1000, 5000, {}, u"same"_s },
            { u"y.wav"_s, 1000, 5000, {}, u"same"_s }, { u"z.wav"_s, 2000, 9000, {}, {} } });
        // Two files start as this one does and neither has its name: no guess by size and time.
        QVERIFY(!list.take(newFile(u"w.wav"_s, u"same"_s)));
        QVERIFY(list.take(newFile(u"w.wav"_s, u"unknown"_s))); // z, by size and time
    }

    void artworkIsNeverAMovedAudioFile()
    {
        MissingFiles list = missing({ { u"a.flac"_s, 1000, 5000, {}, u"key"_s } });
        ImportedFile cover = newFile(u"cover.png"_s, u"key"_s);
        cover.kind = ImportedFile::Kind::Artwork;
        QVERIFY(!list.take(cover));
    }
};

QTEST_GUILESS_MAIN(TestMissingFiles)
#include "tst_missingfiles.moc"

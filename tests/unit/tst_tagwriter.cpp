// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The atomic, verified write: originals stay byte-identical on every failure, bad files are
// reported by name and reason, and a batch carries on past them.
#include "AudioFixtures.h"
#include "audio/AudioIdentity.h"
#include "tags/TagWriter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Imprint;
using namespace Imprint::Testing;

class TestTagWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString fixture(const QString &extension, const QString &folder = {})
    {
        QString error;
        const QString path = makeAudioFile(
            folder.isEmpty() ? m_dir.path() : folder, u"take%1"_s.arg(++m_counter), extension, &error);
        if (path.isEmpty())
            qWarning("%s", qPrintable(error));
        return path;
    }

    static QStringList leftovers(const QString &folder)
    {
        return QDir(folder).entryList({ u".*imprint-*"_s }, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesVerifiedAndKeepsPermissions_data()
    {
        QTest::addColumn<QString>("extension");
        for (const QString &extension : tagContainers())
            QTest::newRow(qPrintable(extension)) << extension;
    }

    void writesVerifiedAndKeepsPermissions()
    {
        QFETCH(QString, extension);
        if (needsFfmpeg(extension) && !haveFfmpeg())
            QSKIP("ffmpeg is not installed: cannot generate this container");
        const QString path = fixture(extension);
        QVERIFY(!path.isEmpty());
        const auto permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
        QVERIFY(QFile::setPermissions(path, permissions));

        const TagSet wanted = fullTagSet();
        Tags::TagWriteOptions preview;
        preview.dryRun = true;
        const QByteArray original = fileBytes(path);
        const Tags::TagWriteResult dry = Tags::writeFileTags(path, wanted, preview);
        QCOMPARE(dry.status, Tags::TagWriteStatus::Preview);
        QVERIFY(dry.changes.size() > 20);
        QCOMPARE(fileBytes(path), original);

        const Tags::TagWriteResult result = Tags::writeFileTags(path, wanted);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.status, Tags::TagWriteStatus::Written);
        QCOMPARE(result.changes.size(), dry.changes.size());
        QString error;
        QCOMPARE(Tags::readFileTags(path, &error), wanted);
        // Owner, group and other bits (the "user" bits depend on who runs the test).
        QCOMPARE(QFile::permissions(path) & 0x7077, permissions & 0x7077);
        QVERIFY(leftovers(m_dir.path()).isEmpty());

        // Writing the same again touches nothing.
        const QByteArray tagged = fileBytes(path);
        QCOMPARE(Tags::writeFileTags(path, wanted).status, Tags::TagWriteStatus::Unchanged);
        QCOMPARE(fileBytes(path), tagged);
    }

    void failedVerificationKeepsOriginal_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("tags") << u"tags"_s << u"title"_s;
        QTest::newRow("audio") << u"audio"_s << u"audio"_s;
    }

    void failedVerificationKeepsOriginal()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reasonPart);
        const QString path = fixture(u"wav"_s);
        const QByteArray original = fileBytes(path);
        Tags::TagWriteOptions options;
        options.beforeVerify = [&](const QString &copy) {
            QFile file(copy);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const QByteArray bytes = file.readAll();
            if (damage == u"tags") {
                // The title as written in the ID3v2 frame, changed in place.
                const qsizetype at = bytes.indexOf("Glass Harbour");
                QVERIFY(at > 0);
                file.seek(at);
                file.write("G");
                file.seek(at);
                file.write("X");
            } else {
                file.seek(bytes.indexOf("data") + 200);
                file.write("\x55\x55\x55\x55");
            }
        };
        const Tags::TagWriteResult result = Tags::writeFileTags(path, fullTagSet(), options);
        QCOMPARE(result.status, Tags::TagWriteStatus::Failed);
        QVERIFY2(result.reason.contains(u"verification failed"_s), qPrintable(result.reason));
        QVERIFY2(result.reason.contains(reasonPart), qPrintable(result.reason));
        QVERIFY(result.message().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(fileBytes(path), original);
        QVERIFY(leftovers(m_dir.path()).isEmpty());
    }

    void readOnlyFolderAndFileFailCleanly()
    {
        if (QFileInfo(QDir::rootPath()).isWritable())
            QSKIP("running as root: permissions are not enforced");
        const QString folder = m_dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = fixture(u"flac"_s, folder);
        const QByteArray original = fileBytes(path);

        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        Tags::TagWriteResult result = Tags::writeFileTags(path, fullTagSet());
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(result.status, Tags::TagWriteStatus::Failed);
        QVERIFY2(result.reason.contains(u"temporary copy"_s), qPrintable(result.reason));
        QCOMPARE(fileBytes(path), original);

        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        result = Tags::writeFileTags(path, fullTagSet());
        QCOMPARE(result.status, Tags::TagWriteStatus::Failed);
        QVERIFY2(result.reason.contains(u"read-only"_s), qPrintable(result.reason));
        QCOMPARE(fileBytes(path), original);
    }

    void theCatalogsAudioHashSparesDecodingTheOriginal()
    {
        const QString path = fixture(u"wav"_s);
        const QString original = QFileInfo(path).canonicalFilePath();
        QString reason;
        const std::optional<QByteArray> audio = Audio::audioHash(path, &reason);
        QVERIFY2(audio, qPrintable(reason));
        QStringList decoded;
        Tags::TagWriteOptions options;
        options.onAudioDecoded = [&decoded](const QString &file) {
            decoded.append(file);
        };
        Tags::TagWriteRequest request;
        request.path = path;
        request.tags = fullTagSet();
        request.knownAudioHash = *audio;
        Tags::TagWriteResult result = Tags::writeFileTags(request, options);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(decoded.size(), 1);
        QVERIFY(decoded.constFirst() != original);

        // Without a hash, or with one the file no longer matches (it changed since its analysis),
        // the original is decoded as well.
        for (const QByteArray &known : { QByteArray(), QByteArray(32, '0') }) {
            decoded.clear();
            request.tags.title += u" again"_s;
            request.knownAudioHash = known;
            result = Tags::writeFileTags(request, options);
            QVERIFY2(result.ok(), qPrintable(result.message()));
            QCOMPARE(decoded.size(), 2);
            QVERIFY(decoded.contains(original));
        }

        // A copy whose audio changed is refused either way, and the original stays as it was.
        options.beforeVerify = [](const QString &copy) {
            QFile file(copy);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.readAll().indexOf("data") + 200);
            file.write("\x55\x55\x55\x55");
        };
        for (const QByteArray &known : { *audio, QByteArray(), QByteArray(32, '0') }) {
            const QByteArray before = fileBytes(path);
            request.tags.title += u" once more"_s;
            request.knownAudioHash = known;
            result = Tags::writeFileTags(request, options);
            QCOMPARE(result.status, Tags::TagWriteStatus::Failed);
            QVERIFY2(result.reason.contains(u"the audio would change"_s), qPrintable(result.reason));
            QCOMPARE(fileBytes(path), before);
        }
        QVERIFY(leftovers(m_dir.path()).isEmpty());
    }

    void aTruncatedOriginalIsNamedEvenWhenTheCatalogKnewItWhole()
    {
        const QString path = fixture(u"flac"_s);
        QString reason;
        const std::optional<QByteArray> audio = Audio::audioHash(path, &reason);
        QVERIFY2(audio, qPrintable(reason));
        QByteArray bytes = fileBytes(path);
        bytes.truncate(bytes.size() / 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        Tags::TagWriteRequest request;
        request.path = path;
        request.tags = fullTagSet();
        request.knownAudioHash = *audio;
        const Tags::TagWriteResult result = Tags::writeFileTags(request);
        QCOMPARE(result.status, Tags::TagWriteStatus::Failed);
        QVERIFY2(result.reason.startsWith(u"cannot check the audio, so the file is not changed: "_s),
            qPrintable(result.reason));
        QCOMPARE(fileBytes(path), bytes);
        QVERIFY(leftovers(m_dir.path()).isEmpty());
    }

    void malformedFilesAreReported_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("corruption");
        for (const QString &extension : tagContainers()) {
            for (const QString &corruption : { u"truncated"_s, u"bogus-size"_s, u"garbage"_s })
                QTest::addRow("%s-%s", qPrintable(extension), qPrintable(corruption))
                    << extension << corruption;
        }
    }

    void malformedFilesAreReported()
    {
        QFETCH(QString, extension);
        QFETCH(QString, corruption);
        if (needsFfmpeg(extension) && !haveFfmpeg())
            QSKIP("ffmpeg is not installed: cannot generate this container");
        const QString path = fixture(extension);
        // Tags first, so the corruption can hit a tag structure too.
        QVERIFY(Tags::writeFileTags(path, fullTagSet()).ok());
        QByteArray bytes = fileBytes(path);
        if (corruption == u"truncated") {
            bytes.truncate(bytes.size() / 3);
        } else if (corruption == u"bogus-size") {
            // Every 32-bit size field near the start becomes huge: chunk, atom, block or frame sizes.
            for (qsizetype at = 4; at + 4 < qMin<qsizetype>(bytes.size(), 64); at += 8)
                bytes.replace(at, 4, "\x7f\xff\xff\xf0", 4);
        } else {
            for (qsizetype at = 16; at < bytes.size(); at += 7)
                bytes[at] = char(bytes[at] ^ 0x5a);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        TagSet wanted = fullTagSet();
        wanted.title = u"Another title"_s;
        const Tags::TagWriteResult result = Tags::writeFileTags(path, wanted);
        // Either the damage is refused with a reason, or (damage outside what matters) the write
        // verifies; never a crash, never a silently half-written file.
        if (result.ok()) {
            QString error;
            QCOMPARE(Tags::readFileTags(path, &error), wanted.normalized());
        } else {
            QVERIFY(!result.reason.isEmpty());
            QVERIFY(result.message().startsWith(QDir::toNativeSeparators(path) + u": "_s));
            QCOMPARE(fileBytes(path), bytes);
        }
        QVERIFY(leftovers(m_dir.path()).isEmpty());
        if (corruption == u"truncated" && extension != u"m4a" && extension != u"mp3")
            QVERIFY2(!result.ok(), "a truncated file must not pass verification");
    }

    void batchReportsEachFileAndCarriesOn()
    {
        const QString good = fixture(u"flac"_s);
        const QString missing = m_dir.filePath(u"vanished.flac"_s);
        const QString text = m_dir.filePath(u"notes.wav"_s);
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not audio at all, but long enough");
        notes.close();
        const QString second = fixture(u"aiff"_s);

        const QList<Tags::TagWriteRequest> requests { { good, fullTagSet(), {} },
            { missing, fullTagSet(), {} }, { text, fullTagSet(), {} }, { second, fullTagSet(), {} } };
        std::atomic_bool cancel = false;
        QList<int> progress;
        const auto results = Tags::writeTags(
            requests, false, cancel, [&](int done, int total, const Tags::TagWriteResult &) {
                QCOMPARE(total, 4);
                progress.append(done);
            });
        QCOMPARE(progress, QList<int>({ 1, 2, 3, 4 }));
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[0].status, Tags::TagWriteStatus::Written);
        QCOMPARE(results[1].status, Tags::TagWriteStatus::Failed);
        QVERIFY2(results[1].reason.contains(u"does not exist"_s), qPrintable(results[1].reason));
        QCOMPARE(results[2].status, Tags::TagWriteStatus::Failed);
        QVERIFY2(results[2].reason.contains(u"unsupported format"_s), qPrintable(results[2].reason));
        QCOMPARE(results[3].status, Tags::TagWriteStatus::Written);

        cancel = true;
        const auto cancelled = Tags::writeTags(requests, false, cancel);
        QCOMPARE(cancelled.size(), 4);
        for (const auto &result : cancelled)
            QCOMPARE(result.status, Tags::TagWriteStatus::Cancelled);
    }

    // Several files are written at once (issue 18); the results, and the progress that lists
    // them, keep the order of the requests, and a cancel leaves the files not started untouched.
    // The first file cancels while it is written; the others in flight wait for that, so only
    // they (at most one per other worker) are written, whatever the machine's load.
    void severalAtOnceKeepTheirOrderAndACancelStopsTheRest()
    {
        const QStringList formats { u"flac"_s, u"wav"_s, u"mp3"_s, u"aiff"_s, u"ogg"_s, u"m4a"_s };
        const int threads = 4;
        std::atomic_bool cancel = false;
        QList<Tags::TagWriteRequest> requests;
        for (int i = 0; i < 12; ++i) {
            TagSet tags = fullTagSet();
            tags.trackNumber = i + 1;
            Tags::TagTransform transform = [tags, i, &cancel](const TagSet &) {
                if (i == 0)
                    cancel = true;
                const QDeadlineTimer deadline(5000);
                while (!cancel && !deadline.hasExpired())
                    QThread::yieldCurrentThread();
                return tags;
            };
            requests.append({ fixture(formats.at(i % formats.size())), tags, transform });
        }
        QList<QByteArray> before;
        for (const Tags::TagWriteRequest &request : std::as_const(requests))
            before.append(fileBytes(request.path));

        QList<int> reported;
        const auto results = Tags::writeTags(
            requests, false, cancel,
            [&](int done, int, const Tags::TagWriteResult &result) {
                reported.append(done);
                QCOMPARE(result.path, requests.at(done - 1).path);
            },
            threads);
        QCOMPARE(results.size(), requests.size());
        QVERIFY(!reported.isEmpty());
        QVERIFY(reported.size() <= threads);
        for (qsizetype i = 0; i < results.size(); ++i) {
            const Tags::TagWriteResult &result = results.at(i);
            QCOMPARE(result.path, requests.at(i).path);
            if (i < reported.size()) {
                QCOMPARE(reported.at(i), int(i + 1));
                QVERIFY2(result.status == Tags::TagWriteStatus::Written, qPrintable(result.message()));
                QCOMPARE(Tags::readFileTags(result.path, nullptr)->trackNumber, int(i + 1));
            } else if (result.status == Tags::TagWriteStatus::Cancelled) {
                QCOMPARE(fileBytes(result.path), before.at(i));
            } else {
                QVERIFY2(i < threads, "a file was started after the cancel");
            }
        }
        QVERIFY(leftovers(m_dir.path()).isEmpty());
    }

    // Two requests for one file are written one after the other: the second finds the first's
    // tags, instead of failing because the file changed under it.
    void oneFileRequestedTwiceIsWrittenOnce()
    {
        const QString path = fixture(u"flac"_s);
        const QList<Tags::TagWriteRequest> requests { { path, fullTagSet(), {} },
            { path, fullTagSet(), {} } };
        std::atomic_bool cancel = false;
        const auto results = Tags::writeTags(requests, false, cancel, {}, 2);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).status, Tags::TagWriteStatus::Written);
        QCOMPARE(results.at(1).status, Tags::TagWriteStatus::Unchanged);
    }
};

QTEST_GUILESS_MAIN(TestTagWriter)
#include "tst_tagwriter.moc"

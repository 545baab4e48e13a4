// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The container adapters: every container holds a full TagSet and reads it back equal, without
// touching the audio, and the dispatcher picks adapters by content.
#include "AudioFixtures.h"
#include "audio/AudioIdentity.h"
#include "tags/TagAdapter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using namespace Imprint::Testing;

class TestTagAdapters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString fixture(const QString &extension)
    {
        QString error;
        const QString path = makeAudioFile(m_dir.path(), u"take-"_s + extension, extension, &error);
        if (path.isEmpty())
            qWarning("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("format");
        const QStringList formats { u"WAV"_s, u"AIFF"_s, u"FLAC"_s, u"Ogg"_s, u"Ogg"_s, u"MP3"_s, u"M4A"_s,
            u"WavPack"_s };
        const QStringList extensions = tagContainers();
        for (qsizetype i = 0; i < extensions.size(); ++i)
            QTest::newRow(qPrintable(extensions[i])) << extensions[i] << formats[i];
    }

    void roundTrip()
    {
        QFETCH(QString, extension);
        QFETCH(QString, format);
        if (needsFfmpeg(extension) && !haveFfmpeg())
            QSKIP("ffmpeg is not installed: cannot generate this container");
        const QString path = fixture(extension);
        QVERIFY(!path.isEmpty());

        QString reason;
        const Tags::TagAdapter *adapter = Tags::adapterFor(path, &reason);
        QVERIFY2(adapter, qPrintable(reason));
        QCOMPARE(adapter->formatName(), format);
        const auto audioBefore = adapter->audioHash(path, &reason);
        QVERIFY2(audioBefore, qPrintable(reason));

        const TagSet wanted = fullTagSet();
        QVERIFY2(adapter->write(path, wanted, &reason), qPrintable(reason));
        const auto readBack = adapter->read(path, &reason);
        QVERIFY2(readBack, qPrintable(reason));
        for (const TagChange &change : diffTags(wanted, *readBack))
            qWarning() << fieldName(change.field) << change.before << "→" << change.after;
        QCOMPARE(*readBack, wanted);
        QCOMPARE(adapter->audioHash(path, &reason), audioBefore);

        // Emptied fields disappear; a second write of fewer fields reads back exactly that.
        TagSet fewer;
        fewer.title = u"Only a title"_s;
        QVERIFY2(adapter->write(path, fewer, &reason), qPrintable(reason));
        QCOMPARE(adapter->read(path, &reason), fewer);
        QCOMPARE(adapter->audioHash(path, &reason), audioBefore);
    }

    void decodedHashSeesAudioChanges()
    {
        const QString path = fixture(u"flac"_s);
        QString reason;
        const auto before = Audio::audioHash(path, &reason);
        QVERIFY2(before, qPrintable(reason));
        const QString other = makeAudioFile(m_dir.path(), u"other"_s, u"wav"_s, &reason);
        QVERIFY(!other.isEmpty());
        // Same samples in another container: the decoded audio is the same.
        QCOMPARE(Audio::audioHash(other, &reason), before);
        QFile file(other);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 100);
        file.write("\x7f\x7f\x7f\x7f");
        file.close();
        const auto after = Audio::audioHash(other, &reason);
        QVERIFY(after);
        QVERIFY(*after != *before);
    }

    void dispatcherUsesContentNotName()
    {
        const QString flac = fixture(u"flac"_s);
        const QString misnamed = m_dir.filePath(u"really-flac.wav"_s);
        QVERIFY(QFile::copy(flac, misnamed));
        QString reason;
        const Tags::TagAdapter *adapter = Tags::adapterFor(misnamed, &reason);
        QVERIFY(adapter);
        QCOMPARE(adapter->formatName(), u"FLAC"_s);
    }

    void dispatcherRefusesOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("text") << QByteArray("lyrics draft, not audio\n") << u"unsupported format"_s;
        QTest::newRow("empty") << QByteArray() << u"too short"_s;
        QTest::newRow("rf64") << QByteArray("RF64\xff\xff\xff\xffWAVEds64") << u"RF64"_s;
        // Formats Imprint decodes but does not tag (issue 15): refused by name. WavPack is tagged (APEv2).
        QTest::newRow("w64") << QByteArray("riff\x2e\x91\xcf\x11\xa5\xd6\x28\xdb") << u"W64"_s;
        QTest::newRow("ape") << QByteArray("MAC \x96\x0f\x00\x00\x34\x00\x00\x00") << u"APE"_s;
        QTest::newRow("tta") << QByteArray("TTA1\x01\x00\x02\x00\x10\x00\x44\xac") << u"TTA"_s;
        QTest::newRow("adts aac") << QByteArray("\xff\xf1\x50\x80\x2e\x7f\xfc\x21\x00\x00\x00\x00")
                                  << u"AAC"_s;
    }

    void dispatcherRefusesOtherFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reasonPart);
        const QString path = m_dir.filePath(u"other.mp3"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QString reason;
        QVERIFY(!Tags::adapterFor(path, &reason));
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        QVERIFY(!Tags::adapterFor(m_dir.filePath(u"missing.flac"_s), &reason));
        QVERIFY2(reason.contains(u"does not exist"_s), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestTagAdapters)
#include "tst_tagadapters.moc"

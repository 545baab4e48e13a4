// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The libcrypto adapter against the FIPS 180-2 vectors and against QCryptographicHash.
#include "hash/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestSha256 : public QObject
{
    Q_OBJECT

private:
    static QByteArray qtHash(QByteArrayView data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    }

    static QByteArray randomBytes(qsizetype size, quint32 seed)
    {
        QRandomGenerator random(seed);
        QByteArray bytes(size, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
        for (qsizetype i = size / 4 * 4; i < size; ++i)
            bytes[i] = char(random.generate());
        return bytes;
    }

private Q_SLOTS:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray()
                               << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba;
        QTest::newRow("abc") << "abc"_ba
                             << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_ba;
        // 56 bytes: the padding spills into a second 64-byte block.
        QTest::newRow("two blocks") << "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"_ba
                                    << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_ba;
        QTest::newRow("a million a") << QByteArray(1'000'000, 'a')
                                     << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_ba;
    }

    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hash(input).toHex(), digest);
        // The same in uneven pieces, so block boundaries fall anywhere.
        Sha256 pieces;
        for (qsizetype at = 0, step = 1; at < input.size(); at += step, step = step * 3 % 1000 + 1)
            pieces.addData(QByteArrayView(input).sliced(at, qMin(step, input.size() - at)));
        QCOMPARE(pieces.result().toHex(), digest);
    }

    void resultLeavesTheHashOpen()
    {
        Sha256 sha;
        sha.addData("ab"_ba);
        QCOMPARE(sha.result(), qtHash("ab"));
        sha.addData("c"_ba);
        QCOMPARE(sha.result(), qtHash("abc"));
        sha.reset();
        QCOMPARE(sha.result(), qtHash(""));
    }

    void equalsQCryptographicHashOnRandomData()
    {
        for (const qsizetype size : { 1, 63, 64, 65, 4095, 100'000, 3'000'001 }) {
            const QByteArray data = randomBytes(size, quint32(size));
            QCOMPARE(Sha256::hash(data), qtHash(data));
        }
    }

    void readsDevices()
    {
        QByteArray data = randomBytes(Sha256::FileBlockSize + 17, 5);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Sha256 sha;
        QVERIFY(sha.addData(&buffer));
        QCOMPARE(sha.result(), qtHash(data));
    }

    void hashesFilesLargerThanOneBlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.bin"_s);
        const QByteArray data = randomBytes(2 * Sha256::FileBlockSize + 123, 7);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
        file.close();
        QString error;
        QCOMPARE(Sha256::hashFile(path, &error), qtHash(data));
        QVERIFY(error.isEmpty());

        const QString empty = dir.filePath(u"empty.bin"_s);
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        QCOMPARE(Sha256::hashFile(empty).toHex(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba);
    }

    void missingFileSaysWhy()
    {
        QString error;
        QVERIFY(Sha256::hashFile(u"/nonexistent/imprint/file.wav"_s, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void cancelledHashIsEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"file.bin"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(randomBytes(1000, 3));
        file.close();
        const std::atomic_bool cancel = true;
        QString error;
        QVERIFY(Sha256::hashFile(path, &error, &cancel).isEmpty());
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"

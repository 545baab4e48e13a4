// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "archive/PackageVerifier.h"
#include "archive/PackageWriter.h"
#include "archive/SafeExtractor.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Imprint::Archive;

Q_DECLARE_METATYPE(Imprint::Archive::PackageFormat)

namespace
{

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

// Runs an independent tool; returns its output, failing the test on a non-zero exit.
QString runTool(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning().noquote() << program << args << "failed:" << process.readAllStandardError();
        return u"<failed>"_s;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString extension(PackageFormat format)
{
    switch (format) {
    case PackageFormat::ZipStored:
    case PackageFormat::ZipDeflated:
        return u".zip"_s;
    case PackageFormat::TarGz:
        return u".tar.gz"_s;
    case PackageFormat::TarXz:
        return u".tar.xz"_s;
    case PackageFormat::TarZst:
        return u".tar.zst"_s;
    }
    return {};
}

} // namespace

class TestPackageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void cancelLeavesNothing();
    void refusesBadRequests();
    void verifyNamesTamperedEntry();
    void formatFromFileName();

private:
    PackageRequest request(PackageFormat format, const QString &name) const;
    QTemporaryDir m_dir;
    QStringList m_sources;
};

void TestPackageWriter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Noise does not compress, so the stored and deflated paths both see megabytes of real data.
    QByteArray noise(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    m_sources = { m_dir.filePath(u"src/01 Glass Harbour.wav"_s), m_dir.filePath(u"src/notes.txt"_s),
        m_dir.filePath(u"src/empty.txt"_s) };
    writeBytes(m_sources[0], noise);
    writeBytes(m_sources[1], "lyrics draft\n");
    writeBytes(m_sources[2], {});
}

PackageRequest TestPackageWriter::request(PackageFormat format, const QString &name) const
{
    PackageRequest request;
    request.outputPath = m_dir.filePath(name);
    request.format = format;
    request.items = { { m_sources[0], u"Masters/01 Glass Harbour.wav"_s },
        { m_sources[1], u"Docs/notes.txt"_s }, { m_sources[2], u"empty.txt"_s } };
    request.payloads = { { u"metadata.json"_s, R"({"title": "Glass Harbour"})" },
        { u"metadata.csv"_s, "title\nGlass Harbour\n" } };
    return request;
}

void TestPackageWriter::roundTrip_data()
{
    QTest::addColumn<PackageFormat>("format");
    QTest::newRow("zip stored") << PackageFormat::ZipStored;
    QTest::newRow("zip deflated") << PackageFormat::ZipDeflated;
    QTest::newRow("tar.gz") << PackageFormat::TarGz;
    QTest::newRow("tar.xz") << PackageFormat::TarXz;
    QTest::newRow("tar.zst") << PackageFormat::TarZst;
}

void TestPackageWriter::roundTrip()
{
    QFETCH(PackageFormat, format);
    const QString name = u"package-%1%2"_s.arg(int(format)).arg(extension(format));
    const PackageRequest req = request(format, name);
    std::atomic_bool cancel = false;
    qint64 lastDone = -1, lastTotal = -1;
    const PackageResult result = writePackage(req, cancel, [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(QFile::exists(req.outputPath));
    QVERIFY(!QFile::exists(req.outputPath + u".partial"_s));
    QCOMPARE(result.entries.size(), 5);

    const VerifyResult verified = verifyPackage(req.outputPath);
    QVERIFY2(verified.ok(), qPrintable(verified.describe()));
    QCOMPARE(verified.entries.size(), 5);

    // Back out through the hostile-archive path, byte for byte.
    const QString out = m_dir.filePath(u"out-%1"_s.arg(int(format)));
    const ExtractResult extracted = extractSafely(req.outputPath, out, {}, cancel);
    QVERIFY2(extracted.ok(), qPrintable(extracted.error));
    for (const PackageItem &item : req.items)
        QVERIFY2(
            readAll(out + u'/' + item.archivePath) == readAll(item.sourcePath), qPrintable(item.archivePath));
    QCOMPARE(readAll(out + u"/metadata.csv"_s), req.payloads[1].data);
    // sha256sum itself accepts the manifest in the unpacked folder.
    QProcess sha;
    sha.setWorkingDirectory(out);
    sha.start(u"sha256sum"_s, { u"--check"_s, u"--strict"_s, ManifestName.toString() });
    QVERIFY(sha.waitForFinished());
    QVERIFY2(sha.exitCode() == 0, sha.readAllStandardOutput().constData());

    // Independent readers.
    const QString listing = runTool(u"bsdtar"_s, { u"-tf"_s, req.outputPath });
    QVERIFY2(listing.contains(u"Masters/01 Glass Harbour.wav"_s) && listing.contains(u"MANIFEST.sha256"_s),
        qPrintable(listing));
    QVERIFY(runTool(u"bsdtar"_s, { u"-xOf"_s, req.outputPath, u"Docs/notes.txt"_s }) == u"lyrics draft\n"_s);
    if (format == PackageFormat::ZipStored || format == PackageFormat::ZipDeflated)
        QVERIFY(runTool(u"unzip"_s, { u"-t"_s, req.outputPath }).contains(u"No errors detected"_s));
    if (format != PackageFormat::TarZst) { // Python reads zstd from 3.14 on
        const QString python = runTool(
            u"python3"_s, { QStringLiteral(IMPRINT_ARCHIVE_SCRIPTS "/read_package.py"), req.outputPath });
        QVERIFY2(python.contains(u"metadata.json"_s) && python.contains(u"Masters/01 Glass Harbour.wav"_s),
            qPrintable(python));
    }
}

void TestPackageWriter::cancelLeavesNothing()
{
    const PackageRequest req = request(PackageFormat::TarXz, u"cancelled.tar.xz"_s);
    std::atomic_bool cancel = false;
    const PackageResult result = writePackage(req, cancel, [&](qint64, qint64) { cancel = true; });
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QVERIFY(!QFile::exists(req.outputPath));
    QVERIFY(!QFile::exists(req.outputPath + u".partial"_s));
}

void TestPackageWriter::refusesBadRequests()
{
    std::atomic_bool cancel = false;
    PackageRequest req = request(PackageFormat::ZipDeflated, u"bad.zip"_s);
    req.items.append({ m_sources[1], u"../escape.txt"_s });
    PackageResult result = writePackage(req, cancel);
    QVERIFY(result.error.contains(u"../escape.txt"_s));

    req = request(PackageFormat::ZipDeflated, u"bad.zip"_s);
    req.payloads.append({ u"Docs/notes.txt"_s, "again" });
    result = writePackage(req, cancel);
    QVERIFY2(result.error.contains(u"twice"_s), qPrintable(result.error));

    req = request(PackageFormat::ZipDeflated, u"bad.zip"_s);
    req.items.append({ m_dir.filePath(u"missing.wav"_s), u"missing.wav"_s });
    result = writePackage(req, cancel);
    QVERIFY(result.error.contains(u"missing.wav"_s));
    QVERIFY(!QFile::exists(req.outputPath));
    QVERIFY(!QFile::exists(req.outputPath + u".partial"_s));
}

void TestPackageWriter::verifyNamesTamperedEntry()
{
    const PackageRequest req = request(PackageFormat::ZipStored, u"tampered.zip"_s);
    std::atomic_bool cancel = false;
    QVERIFY(writePackage(req, cancel).ok());
    // A stored ZIP holds the CSV verbatim: change one byte of it.
    QByteArray data = readAll(req.outputPath);
    const qsizetype at = data.indexOf("Glass Harbour\n");
    QVERIFY(at > 0);
    data[at] = 'g';
    writeBytes(req.outputPath, data);
    const VerifyResult verified = verifyPackage(req.outputPath);
    QVERIFY(!verified.ok());
    bool found = false;
    for (const EntryCheck &entry : verified.entries) {
        if (entry.path == u"metadata.csv") {
            QCOMPARE(entry.status, EntryCheck::Status::Mismatch);
            found = true;
        } else {
            QCOMPARE(entry.status, EntryCheck::Status::Ok);
        }
    }
    QVERIFY(found);
    QVERIFY(verified.describe().contains(u"metadata.csv: mismatch"_s));
}

void TestPackageWriter::formatFromFileName()
{
    QCOMPARE(formatForFileName(u"a.tar.zst"_s), PackageFormat::TarZst);
    QCOMPARE(formatForFileName(u"A.TGZ"_s), PackageFormat::TarGz);
    QCOMPARE(formatForFileName(u"a.zip"_s), PackageFormat::ZipDeflated);
    QVERIFY(!formatForFileName(u"a.rar"_s));
}

QTEST_GUILESS_MAIN(TestPackageWriter)
#include "tst_packagewriter.moc"

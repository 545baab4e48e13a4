// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "archive/EntryName.h"
#include "archive/SafeExtractor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Imprint::Archive;

class TestSafeExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void extractsGoodArchives_data();
    void extractsGoodArchives();
    void refusesHostileArchives_data();
    void refusesHostileArchives();
    void skipsHarmlessLinks();
    void refusesNonEmptyTarget();
    void cancelLeavesNothing();
    void entryNames();

private:
    QString build(const QString &kind);
    QStringList everything() const; // every path under the sandbox
    QTemporaryDir m_dir;
    QString m_sandbox; // <sandbox>/work/out is the target: "../" and "../../" land in here
    QString m_work;
    QString m_target;
};

void TestSafeExtractor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSafeExtractor::init()
{
    m_sandbox = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-'
        + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    m_work = m_sandbox + u"/work"_s;
    m_target = m_work + u"/out"_s;
    QVERIFY(QDir().mkpath(m_work));
}

QString TestSafeExtractor::build(const QString &kind)
{
    const QString path = m_dir.filePath(kind + u".archive"_s);
    if (QFile::exists(path))
        return path;
    QProcess python;
    python.start(u"python3"_s, { QStringLiteral(IMPRINT_ARCHIVE_SCRIPTS "/hostile.py"), kind, path });
    if (!python.waitForFinished(300000) || python.exitCode() != 0) {
        qWarning().noquote() << python.readAllStandardError();
        return {};
    }
    return path;
}

QStringList TestSafeExtractor::everything() const
{
    QStringList paths;
    QDirIterator it(m_sandbox, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(QDir(m_sandbox).relativeFilePath(it.next()));
    paths.sort();
    return paths;
}

void TestSafeExtractor::extractsGoodArchives_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("zip") << u"good-zip"_s;
    QTest::newRow("tar.gz") << u"good-tar"_s;
}

void TestSafeExtractor::extractsGoodArchives()
{
    QFETCH(QString, kind);
    const QString archive = build(kind);
    QVERIFY(!archive.isEmpty());
    std::atomic_bool cancel = false;
    qint64 progressed = 0;
    const ExtractResult result
        = extractSafely(archive, m_target, {}, cancel, [&](qint64 done, qint64) { progressed = done; });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files, QStringList({ u"stems/drums.wav"_s, u"stems/bass.wav"_s }));
    QCOMPARE(result.bytes, 5004 + 7004);
    QCOMPARE(progressed, result.bytes);
    QCOMPARE(everything(),
        QStringList({ u"work"_s, u"work/out"_s, u"work/out/stems"_s, u"work/out/stems/bass.wav"_s,
            u"work/out/stems/drums.wav"_s }));
    QCOMPARE(QFileInfo(m_target + u"/stems/bass.wav"_s).size(), 7004);
}

void TestSafeExtractor::refusesHostileArchives_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("entry"); // named in the error
    QTest::addColumn<QString>("reason"); // also in the error
    QTest::newRow("zip slip") << u"zip-slip"_s << u"../evil.txt"_s << u"'..'"_s;
    QTest::newRow("zip absolute") << u"zip-absolute"_s << u"/tmp/imprint-absolute-evil.txt"_s
                                  << u"absolute"_s;
    QTest::newRow("tar dotdot") << u"tar-dotdot"_s << u"stems/../../evil.txt"_s << u"'..'"_s;
    QTest::newRow("tar symlink escape") << u"tar-symlink-escape"_s << u"stems"_s << u"outside"_s;
    QTest::newRow("tar write through link")
        << u"tar-write-through-link"_s << u"inner/evil.txt"_s << u"through the link"_s;
    QTest::newRow("tar hardlink escape") << u"tar-hardlink-escape"_s << u"passwd"_s << u"outside"_s;
    QTest::newRow("tar device") << u"tar-device"_s << u"null"_s << u"device"_s;
    QTest::newRow("zip duplicate") << u"zip-duplicate"_s << u"stems/a.wav"_s << u"duplicate"_s;
    QTest::newRow("tar duplicate") << u"tar-duplicate"_s << u"a.wav"_s << u"duplicate"_s;
    QTest::newRow("zip bomb") << u"zip-bomb"_s << u"256 MiB"_s << u"ratio"_s;
    QTest::newRow("zip lying bomb") << u"zip-lying-bomb"_s << u"liar.wav"_s << u"larger than"_s;
    QTest::newRow("tar.gz bomb") << u"tar-gz-bomb"_s << u"silence.wav"_s << u"ratio"_s;
    QTest::newRow("zip truncated") << u"zip-truncated"_s << u"zip-truncated"_s << u"truncated"_s;
    QTest::newRow("tar truncated") << u"tar-truncated"_s << u"stems/drums.wav"_s << u"truncated"_s;
    QTest::newRow("zip encrypted") << u"zip-encrypted"_s << u"secret.wav"_s << u"encrypted"_s;
}

void TestSafeExtractor::refusesHostileArchives()
{
    QFETCH(QString, kind);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    const QString archive = build(kind);
    QVERIFY(!archive.isEmpty());
    std::atomic_bool cancel = false;
    const ExtractResult result = extractSafely(archive, m_target, {}, cancel);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(entry) && result.error.contains(reason), qPrintable(result.error));
    QVERIFY(result.files.isEmpty());
    // Nothing inside the target (it does not exist), nothing next to it, nothing outside.
    QCOMPARE(everything(), QStringList({ u"work"_s }));
    QVERIFY(!QFile::exists(u"/tmp/imprint-absolute-evil.txt"_s));
}

void TestSafeExtractor::skipsHarmlessLinks()
{
    std::atomic_bool cancel = false;
    const ExtractResult result = extractSafely(build(u"tar-symlink-harmless"_s), m_target, {}, cancel);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files.size(), 2);
    QCOMPARE(result.skipped.size(), 1);
    QVERIFY(result.skipped.constFirst().startsWith(u"drums.wav"_s));
    QVERIFY(!QFileInfo::exists(m_target + u"/drums.wav"_s));
}

void TestSafeExtractor::refusesNonEmptyTarget()
{
    QVERIFY(QDir().mkpath(m_target));
    QFile keep(m_target + u"/keep.txt"_s);
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    std::atomic_bool cancel = false;
    const ExtractResult result = extractSafely(build(u"good-zip"_s), m_target, {}, cancel);
    QVERIFY(result.error.contains(u"new or empty"_s));
    QCOMPARE(everything(), QStringList({ u"work"_s, u"work/out"_s, u"work/out/keep.txt"_s }));
}

void TestSafeExtractor::cancelLeavesNothing()
{
    std::atomic_bool cancel = false;
    const ExtractResult result
        = extractSafely(build(u"good-tar"_s), m_target, {}, cancel, [&](qint64, qint64) { cancel = true; });
    QVERIFY(result.cancelled);
    QCOMPARE(everything(), QStringList({ u"work"_s }));
}

void TestSafeExtractor::entryNames()
{
    QVERIFY(unsafeNameReason(u"stems/a.wav"_s).isEmpty());
    QVERIFY(unsafeNameReason(u"stems/"_s).isEmpty());
    QVERIFY(!unsafeNameReason(u"C:/x"_s).isEmpty());
    QVERIFY(!unsafeNameReason(u"a//b"_s).isEmpty());
    QVERIFY(!unsafeNameReason(u"a\\..\\b"_s).isEmpty());
    QVERIFY(!unsafeNameReason(u"./a"_s).isEmpty());
    QVERIFY(linkStaysInside(u"a/b/link"_s, u"../c"_s));
    QVERIFY(!linkStaysInside(u"a/link"_s, u"../../c"_s));
    QVERIFY(!linkStaysInside(u"link"_s, u"/etc/passwd"_s));
    QVERIFY(!linkStaysInside(u"a/link"_s, u".."_s));
}

QTEST_GUILESS_MAIN(TestSafeExtractor)
#include "tst_safeextractor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "archive/EntryName.h"
#include "archive/SafeExtractor.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

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
    void refusalRemovesCreatedParents();
    void refusesDeepPathsCheaply();
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
    // `tar -C stems -czf pack.tar.gz .`: a "./" root entry and "./" before every name.
    QTest::newRow("tar.gz with ./") << u"tar-dot-slash"_s;
    // ZIP64 extra fields, and a ZIP64 end record whose plain end record holds 0xffff placeholders.
    QTest::newRow("zip64") << u"zip64"_s;
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
    // ZIP entries carry the Unix file type in their attributes, as ZIP defines it on every system.
    QTest::newRow("zip symlink escape") << u"zip-symlink-escape"_s << u"stems"_s << u"outside"_s;
    QTest::newRow("zip fifo") << u"zip-fifo"_s << u"pipe"_s << u"FIFO"_s;
    QTest::newRow("zip duplicate") << u"zip-duplicate"_s << u"stems/a.wav"_s << u"duplicate"_s;
    QTest::newRow("tar duplicate") << u"tar-duplicate"_s << u"a.wav"_s << u"duplicate"_s;
    QTest::newRow("zip bomb") << u"zip-bomb"_s << u"256 MiB"_s << u"ratio"_s;
    QTest::newRow("zip lying bomb") << u"zip-lying-bomb"_s << u"liar.wav"_s << u"larger than"_s;
    QTest::newRow("tar.gz bomb") << u"tar-gz-bomb"_s << u"silence.wav"_s << u"ratio"_s;
    QTest::newRow("zip truncated") << u"zip-truncated"_s << u"zip-truncated"_s << u"truncated"_s;
    QTest::newRow("tar truncated") << u"tar-truncated"_s << u"stems/drums.wav"_s << u"truncated"_s;
    QTest::newRow("zip encrypted") << u"zip-encrypted"_s << u"secret.wav"_s << u"encrypted"_s;
    QTest::newRow("tar dot-slash dotdot") << u"tar-dot-slash-dotdot"_s << u"./../evil.txt"_s << u"'..'"_s;
    QTest::newRow("tar deep path") << u"tar-deep-path"_s << u"a/a/a/a/a/"_s << u"longer than 4096 bytes"_s;
    QTest::newRow("tar 257 levels") << u"tar-depth-limit"_s << u"e/e/e/e/"_s << u"deeper than 256 levels"_s;
    // Cut between two entries: every header read is whole, only the end blocks tell.
    QTest::newRow("tar cut between entries")
        << u"tar-cut-between"_s << u"tar-cut-between.archive is truncated"_s << u"after stems/drums.wav"_s;
    QTest::newRow("tar.gz cut between entries")
        << u"tar-gz-cut-between"_s << u"tar-gz-cut-between.archive is truncated"_s
        << u"compressed data ends early, after stems/drums.wav"_s;
    QTest::newRow("tar.zst truncated")
        << u"tar-zst-truncated"_s << u"tar-zst-truncated.archive is truncated"_s << u"cut off"_s;
    QTest::newRow("tar.zst bomb") << u"tar-zst-bomb"_s << u"catalog.sqlite"_s << u"ratio"_s;
    QTest::newRow("zip multi-volume") << u"zip-multi-volume"_s << u"zip-multi-volume"_s << u"multi-volume"_s;
    QTest::newRow("zip64 multi-volume")
        << u"zip64-multi-volume"_s << u"zip64-multi-volume"_s << u"multi-volume"_s;
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

void TestSafeExtractor::refusalRemovesCreatedParents()
{
    // Two levels above the target are new: a refusal takes them back, and only them.
    const QString target = m_work + u"/new/deeper/out"_s;
    std::atomic_bool cancel = false;
    const ExtractResult result = extractSafely(build(u"zip-slip"_s), target, {}, cancel);
    QVERIFY(!result.ok());
    QCOMPARE(everything(), QStringList({ u"work"_s }));
    QVERIFY(extractSafely(build(u"good-zip"_s), target, {}, cancel).ok());
    QVERIFY(QFileInfo::exists(target + u"/stems/bass.wav"_s));
}

void TestSafeExtractor::refusesDeepPathsCheaply()
{
    // 200 000 levels: checking every parent path of it once took memory quadratic in its depth.
    const QString archive = build(u"tar-deep-path"_s);
    QVERIFY(!archive.isEmpty());
    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    QElapsedTimer timer;
    timer.start();
    std::atomic_bool cancel = false;
    const ExtractResult result = extractSafely(archive, m_target, {}, cancel);
    QVERIFY2(result.error.contains(u"longer than 4096 bytes"_s), qPrintable(result.error));
    QVERIFY2(result.error.size() < 500, "a hostile name is cut to its start in the message");
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    QVERIFY2(after.ru_maxrss - before.ru_maxrss < 64 * 1024,
        qPrintable(u"peak memory grew by %1 KiB"_s.arg(after.ru_maxrss - before.ru_maxrss)));
    QCOMPARE(everything(), QStringList({ u"work"_s }));
}

void TestSafeExtractor::entryNames()
{
    QCOMPARE(withoutLeadingDot(u"./stems/a.wav"_s), u"stems/a.wav"_s);
    QCOMPARE(withoutLeadingDot(u"././a.wav"_s), u"a.wav"_s);
    QCOMPARE(withoutLeadingDot(u"./"_s), QString());
    QCOMPARE(withoutLeadingDot(u"."_s), QString());
    QCOMPARE(withoutLeadingDot(u"./../a"_s), u"../a"_s);
    QCOMPARE(withoutLeadingDot(u".hidden/a"_s), u".hidden/a"_s);
    QVERIFY(unsafeNameReason(QString(4096, u'a')).isEmpty());
    QVERIFY(!unsafeNameReason(QString(4097, u'a')).isEmpty());
    QVERIFY(!unsafeNameReason(QString(2049, QChar(0xe4))).isEmpty()); // 4098 bytes in UTF-8
    QVERIFY(unsafeNameReason(u"a/"_s.repeated(255) + u"b/"_s).isEmpty()); // a folder, 256 levels
    QVERIFY(!unsafeNameReason(u"a/"_s.repeated(256) + u"b"_s).isEmpty());
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

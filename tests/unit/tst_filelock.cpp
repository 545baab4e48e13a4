// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "platform/FileLock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Imprint::Platform;

class TestFileLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(u"copy.wav"_s);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("RIFF");
    }

    void aHeldLockIsRefusedUntilReleased()
    {
        std::optional<FileLock> writer;
        writer.emplace(m_path, FileLock::Wait::UntilFree);
        QVERIFY(writer->isLocked());
        QVERIFY(!FileLock(m_path, FileLock::Wait::No).isLocked());
        writer.reset();
        QVERIFY(FileLock(m_path, FileLock::Wait::No).isLocked());
    }

    void theHolderCanStillWriteAndRemoveTheFile()
    {
        const FileLock lock(m_path, FileLock::Wait::No);
        QVERIFY(lock.isLocked());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write("data"), 4);
        file.close();
        QCOMPARE(QFileInfo(m_path).size(), 8);
        QVERIFY(QFile::remove(m_path));
    }

    void aMissingFileIsNotLocked()
    {
        QVERIFY(!FileLock(m_dir.filePath(u"missing.wav"_s), FileLock::Wait::No).isLocked());
    }

    void aSymbolicLinkIsNotFollowed()
    {
        const QString link = m_dir.filePath(u"link.wav"_s);
        QFile::remove(link);
        if (!QFile::link(m_path, link))
            QSKIP("this system cannot make symbolic links here");
        QVERIFY(!FileLock(link, FileLock::Wait::No).isLocked());
    }
};

QTEST_GUILESS_MAIN(TestFileLock)
#include "tst_filelock.moc"

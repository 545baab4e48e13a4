// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The small platform functions that keep POSIX calls out of the rest of the code.
#include "platform/FileReplace.h"
#include "platform/FileSync.h"
#include "platform/Interrupt.h"
#include "platform/SelfProgram.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Imprint::Platform;

class TestPlatformFiles : public QObject
{
    Q_OBJECT

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void replaceFileReplacesAnOpenFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"a.wav"_s);
        const QString partial = dir.filePath(u"a.wav.part"_s);
        QVERIFY(write(target, "old"));
        QVERIFY(write(partial, "new"));
        QFile reader(target);
#ifndef Q_OS_WIN
        QVERIFY(reader.open(QIODevice::ReadOnly));
#endif
        QString reason;
        QVERIFY2(replaceFile(partial, target, &reason), qPrintable(reason));
        QCOMPARE(read(target), "new");
        QVERIFY(!QFile::exists(partial));
#ifndef Q_OS_WIN // Windows refuses while a reader holds the file without allowing its removal
        QCOMPARE(reader.readAll(), "old"); // a reader keeps the file it opened
#endif
    }

    void replaceFileGivesTheReason()
    {
        QTemporaryDir dir;
        QString reason;
        QVERIFY(!replaceFile(dir.filePath(u"missing"_s), dir.filePath(u"b"_s), &reason));
        QVERIFY(!reason.isEmpty());
        QVERIFY(!replaceFile(dir.filePath(u"missing"_s), dir.filePath(u"b"_s), nullptr));
    }

    void syncFileFlushesWhatWasWritten()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"a.wav"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("data");
        QVERIFY(syncFile(file));
        QCOMPARE(QFileInfo(file.fileName()).size(), 4);
    }

    void aFileIsNoTerminal()
    {
        QTemporaryDir dir;
        std::FILE *file = std::fopen(QFile::encodeName(dir.filePath(u"out.txt"_s)).constData(), "w");
        QVERIFY(file);
        QVERIFY(!isTerminal(file));
        std::fclose(file);
    }

    void anInterruptSetsTheFlagInsteadOfEnding()
    {
#ifdef Q_OS_WIN
        QSKIP("Ctrl+C reaches a console handler there, which raise() does not call");
#endif
        std::atomic_bool interrupted = false;
        stopOnInterrupt(interrupted);
        QCOMPARE(std::raise(SIGINT), 0);
        QVERIFY(interrupted.load());
        endOnInterrupt();
    }

    // The portable bundle (issue 14) names its launcher, as the running program is its loader.
    void selfProgramIsTheLauncherWhenItIsAProgram()
    {
#ifdef Q_OS_WIN
        QSKIP("only the Linux bundle starts Imprint through a launcher");
#endif
        QTemporaryDir dir;
        const QString launcher = dir.filePath(u"imprint"_s);
        const QString executable = u"/opt/imprint/lib/ld-linux-x86-64.so.2"_s;
        QCOMPARE(selfProgram(QString(), executable), executable);
        QVERIFY(write(launcher, "#!/bin/sh\n"));
        QCOMPARE(selfProgram(launcher, executable), executable); // not executable
        QVERIFY(QFile::setPermissions(launcher, QFile::permissions(launcher) | QFile::ExeOwner));
        QCOMPARE(selfProgram(launcher, executable), launcher);
        QCOMPARE(selfProgram(dir.filePath(u"missing"_s), executable), executable);
        QCOMPARE(selfProgram(dir.path(), executable), executable); // a folder
    }

    void selfProgramReadsTheEnvironment()
    {
#ifdef Q_OS_WIN
        QSKIP("only the Linux bundle starts Imprint through a launcher");
#endif
        QTemporaryDir dir;
        const QString launcher = dir.filePath(u"imprint"_s);
        QVERIFY(write(launcher, "#!/bin/sh\n"));
        QVERIFY(QFile::setPermissions(launcher, QFile::permissions(launcher) | QFile::ExeOwner));
        qunsetenv("IMPRINT_LAUNCHER");
        QCOMPARE(selfProgram(), QCoreApplication::applicationFilePath());
        qputenv("IMPRINT_LAUNCHER", QFile::encodeName(launcher));
        QCOMPARE(selfProgram(), launcher);
        qunsetenv("IMPRINT_LAUNCHER");
    }
};

QTEST_GUILESS_MAIN(TestPlatformFiles)
#include "tst_platformfiles.moc"

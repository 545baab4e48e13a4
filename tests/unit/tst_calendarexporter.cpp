// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "calendar/CalendarExporter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

// The calendar page's export: the plan as shown, written off the GUI thread, a message naming
// the file. (The file's content is checked by an independent reader in tests/cli.)
class TestCalendarExporter : public QObject
{
    Q_OBJECT

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportsThePlanAndOneRelease()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
        session.waitForIdle();
        QTRY_VERIFY(!session.planning()->isLoading());
        PlanningSession *planning = session.planning();
        const qint64 first = planning->plans().at(0).releaseId;
        const qint64 second = planning->plans().at(1).releaseId;
        QVERIFY(planning->moveRelease(first, u"2027-03-05"_s));
        QVERIFY(planning->moveRelease(second, u"2027-04-02"_s));
        session.waitForIdle();
        QTRY_VERIFY(!planning->isLoading());

        CalendarExporter exporter;
        exporter.setSession(&session);
        QCOMPARE(exporter.suggestedName(first),
            planning->plan(first)->title.toLower().replace(u' ', u'-') + u"-plan.ics"_s);
        QCOMPARE(exporter.suggestedName(0), u"release-plan.ics"_s);

        QTemporaryDir dir;
        QSignalSpy finished(&exporter, &CalendarExporter::finished);
        exporter.exportTo(QUrl::fromLocalFile(dir.filePath(u"plan"_s))); // the suffix is added
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(exporter.succeeded(), qPrintable(exporter.message()));
        QVERIFY2(exporter.message().contains(u"plan.ics"_s), qPrintable(exporter.message()));
        QVERIFY(exporter.message().contains(u"2 release"_s));
        const QString whole = read(dir.filePath(u"plan.ics"_s));
        QVERIFY(whole.contains(u"UID:release-%1@imprint"_s.arg(first)));
        QVERIFY(whole.contains(u"UID:release-%1@imprint"_s.arg(second)));
        QVERIFY(whole.contains(u"DTSTART;VALUE=DATE:20270305"_s));
        QCOMPARE(exporter.suggestedFolder(), QUrl::fromLocalFile(dir.path()));

        // A quick export may finish before exportTo returns: count, do not wait for a new signal.
        exporter.exportTo(QUrl::fromLocalFile(dir.filePath(u"one.ics"_s)), second);
        QTRY_COMPARE(finished.count(), 2);
        const QString one = read(dir.filePath(u"one.ics"_s));
        QVERIFY(one.contains(u"UID:release-%1@imprint"_s.arg(second)));
        QVERIFY(!one.contains(u"UID:release-%1@imprint"_s.arg(first)));

        // A folder that does not exist: the message names the file, nothing is written.
        const QString missing = dir.filePath(u"gone/plan.ics"_s);
        exporter.exportTo(QUrl::fromLocalFile(missing));
        QTRY_COMPARE(finished.count(), 3);
        QVERIFY(!exporter.succeeded());
        QVERIFY2(
            exporter.message().contains(QDir::toNativeSeparators(missing)), qPrintable(exporter.message()));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_MAIN(TestCalendarExporter)
#include "tst_calendarexporter.moc"

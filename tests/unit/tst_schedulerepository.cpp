// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestBackend.h"
#include "catalog/CatalogStore.h"
#include "catalog/Migrations.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestScheduleRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_locations;

    // A catalog at schema version 1 (before planning existed) with one scheduled release.
    CatalogStore versionOneCatalog()
    {
        m_locations.append(Test::catalogLocation(m_dir, u"catalog-%1.sqlite"_s.arg(m_locations.size() + 1)));
        const CatalogStore store(m_locations.constLast());
        QSqlDatabase db = store.connection();
        QString error;
        if (!Migrations::migrateTo(db, 1, &error))
            qFatal("%s", qPrintable(error));
        QSqlQuery query(db);
        if (!query.exec(u"INSERT INTO parties(id, name) VALUES (7, 'Nova Lark')"_s)
            || !query.exec(u"INSERT INTO releases(id, title, release_type, primary_artist_id, release_date) "
                           "VALUES (1, 'Glass Harbour', 'single', 7, '2026-06-05'), "
                           "(2, 'Tidal Memory', 'album', 7, NULL)"_s))
            qFatal("fixture");
        return store;
    }

    static int count(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        for (const QString &location : std::as_const(m_locations))
            CatalogStore(location).closeThreadConnection();
    }

    void upgradesFromVersionOne()
    {
        const CatalogStore store = versionOneCatalog();
        QSqlDatabase db = store.connection();
        QCOMPARE(Migrations::currentVersion(db), 1);
        QVERIFY(!db.tables().contains(u"milestones"_s));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QVERIFY(db.tables().contains(u"milestones"_s));
        QVERIFY(db.tables().contains(u"schedule_templates"_s));
        QCOMPARE(count(store, u"SELECT count(*) FROM releases WHERE release_date = '2026-06-05'"_s), 1);
        QCOMPARE(count(store, u"SELECT count(*) FROM milestones"_s), 0);
    }

    void constraintsGuardTheTable()
    {
        const CatalogStore store = versionOneCatalog();
        QString error;
        QVERIFY(store.open(&error));
        QSqlQuery query(store.connection());
        QVERIFY(query.exec(
            u"INSERT INTO milestones(release_id, name, due_date) VALUES (1, 'Ok', '2026-05-01')"_s));
        QVERIFY(!query.exec(
            u"INSERT INTO milestones(release_id, name, due_date) VALUES (99, 'X', '2026-05-01')"_s));
        QVERIFY(
            !query.exec(u"INSERT INTO milestones(release_id, name, due_date) VALUES (1, 'X', '1 May')"_s));
        QVERIFY(!query.exec(
            u"INSERT INTO schedule_templates(release_type, definition) VALUES ('single', '{')"_s));
        // Deleting a release takes its plan with it.
        QVERIFY(query.exec(u"DELETE FROM releases WHERE id = 1"_s));
        QCOMPARE(count(store, u"SELECT count(*) FROM milestones"_s), 0);
    }

    void savesAndLoadsMilestones()
    {
        const CatalogStore store = versionOneCatalog();
        QString error;
        QVERIFY(store.open(&error));
        ScheduleRepository repository(store.connection());
        QList<Milestone> list
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 1, QDate(2026, 6, 5));
        list[0].notes = u"Mastering at Studio B"_s;
        list[0].done = true;
        QVERIFY2(repository.saveMilestones(1, list, &error), qPrintable(error));
        for (const Milestone &m : std::as_const(list))
            QVERIFY(m.id > 0);
        auto loaded = repository.milestones(1, &error);
        QVERIFY(loaded);
        QCOMPARE(*loaded, list);

        // Edit one, drop one, add one: the stored set follows.
        list[1].dueDate = QDate(2026, 4, 30);
        list[1].derived = false;
        list.removeLast();
        list.append({ 0, 1, {}, u"Order vinyl"_s, QDate(2026, 3, 2), {}, false, false, false, {} });
        QVERIFY2(repository.saveMilestones(1, list, &error), qPrintable(error));
        loaded = repository.milestones(1, &error);
        QCOMPARE(loaded->size(), 8);
        QCOMPARE(loaded->first().name, u"Order vinyl"_s);
        QVERIFY(std::any_of(loaded->cbegin(), loaded->cend(),
            [](const Milestone &m) { return m.dueDate == QDate(2026, 4, 30) && !m.derived; }));
    }

    void failedSaveChangesNothing()
    {
        const CatalogStore store = versionOneCatalog();
        QString error;
        QVERIFY(store.open(&error));
        ScheduleRepository repository(store.connection());
        QList<Milestone> list
            = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(u"single"_s), 1, QDate(2026, 6, 5));
        QVERIFY(repository.saveMilestones(1, list, &error));
        QList<Milestone> broken = list;
        broken.removeFirst();
        broken.last().name = u"  "_s; // violates the name check after the delete ran
        QVERIFY(!repository.saveMilestones(1, broken, &error));
        QCOMPARE(repository.milestones(1, &error)->size(), list.size());
        // A milestone of another release cannot be hijacked by id.
        QList<Milestone> foreign { list.first() };
        QVERIFY(!repository.saveMilestones(2, foreign, &error));
        QCOMPARE(repository.milestones(1, &error)->size(), list.size());
    }

    void moveReleaseDerivesThenMoves()
    {
        const CatalogStore store = versionOneCatalog();
        QString error;
        QVERIFY(store.open(&error));
        ScheduleRepository repository(store.connection());
        // First scheduling of the album: the plan comes from the album template.
        QVERIFY2(repository.moveRelease(2, QDate(2026, 9, 4), &error), qPrintable(error));
        auto plans = repository.plans(&error);
        QVERIFY(plans);
        const auto album
            = std::find_if(plans->cbegin(), plans->cend(), [](const auto &p) { return p.releaseId == 2; });
        QCOMPARE(album->releaseDate, QDate(2026, 9, 4));
        QCOMPARE(album->primaryArtist, u"Nova Lark"_s);
        QCOMPARE(album->milestones.size(), 8);
        const auto delivery = [&](qint64 releaseId) {
            const QList<Milestone> list
                = repository.milestones(releaseId, &error).value_or(QList<Milestone> {});
            for (const Milestone &m : list) {
                if (m.key == u"delivery"_s)
                    return m.dueDate;
            }
            return QDate();
        };
        QCOMPARE(delivery(2), QDate(2026, 7, 31));
        QVERIFY(repository.moveRelease(2, QDate(2026, 9, 18), &error));
        QCOMPARE(delivery(2), QDate(2026, 8, 14));
        QVERIFY(!repository.moveRelease(2, QDate(9999, 12, 31), &error));
        QCOMPARE(delivery(2), QDate(2026, 8, 14));
        QVERIFY(!repository.moveRelease(42, QDate(2026, 9, 18), &error));
        QVERIFY(error.contains(u"42"_s));
    }

    void templatesAreStoredAndReset()
    {
        const CatalogStore store = versionOneCatalog();
        QString error;
        QVERIFY(store.open(&error));
        ScheduleRepository repository(store.connection());
        QCOMPARE(repository.templates(&error)->value(u"single"_s), ScheduleTemplate::defaultFor(u"single"_s));
        ScheduleTemplate slow = ScheduleTemplate::defaultFor(u"single"_s);
        slow.milestones.append({ u"video"_s, u"Music video"_s, -10, std::nullopt, false });
        QVERIFY2(repository.saveTemplate(slow, &error), qPrintable(error));
        QCOMPARE(repository.templates(&error)->value(u"single"_s), slow);
        QCOMPARE(repository.templates(&error)->value(u"album"_s), ScheduleTemplate::defaultFor(u"album"_s));
        QVERIFY(repository.moveRelease(1, QDate(2026, 7, 3), &error)); // derives with the stored template
        QCOMPARE(repository.milestones(1, &error)->size(), 9);
        ScheduleTemplate bad = slow;
        bad.milestones.append(bad.milestones.first());
        QVERIFY(!repository.saveTemplate(bad, &error));
        QVERIFY(repository.resetTemplate(u"single"_s, &error));
        QCOMPARE(repository.templates(&error)->value(u"single"_s), ScheduleTemplate::defaultFor(u"single"_s));
    }
};

QTEST_GUILESS_MAIN(TestScheduleRepository)
#include "tst_schedulerepository.moc"

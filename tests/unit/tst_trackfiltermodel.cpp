// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestCatalog.h"
#include "catalog/TrackQueries.h"
#include "tracks/TrackFilterModel.h"
#include "tracks/TrackTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestTrackFilterModel : public QObject
{
    Q_OBJECT

    Test::TestCatalog *catalog = nullptr;
    TrackTableModel *table = nullptr;
    TrackFilterModel *filter = nullptr;

private Q_SLOTS:
    void init()
    {
        catalog = new Test::TestCatalog(12);
        table = new TrackTableModel(this);
        table->setRows(*TrackQueries::allTracks(catalog->store().connection(), nullptr));
        filter = new TrackFilterModel(this);
        filter->setSourceModel(table);
        new QAbstractItemModelTester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest, filter);
    }
    void cleanup()
    {
        delete filter;
        delete table;
        delete catalog;
    }

    void everyWordMustMatchInAnyField()
    {
        QSignalSpy count(filter, &TrackFilterModel::countChanged);
        filter->setSearchText(u"quiet"_s);
        QCOMPARE(filter->count(), 4);
        QVERIFY(count.count() >= 1);
        filter->setSearchText(u"QUIET instrumental"_s);
        QCOMPARE(filter->count(), 1);
        filter->setSearchText(u"qzk6h2600012"_s);
        QCOMPARE(filter->count(), 1);
        QCOMPARE(filter->index(0, 0).data().toString(), u"Song 12"_s);
        filter->setSearchText(u"nothing like this"_s);
        QCOMPARE(filter->count(), 0);
        filter->setSearchText(QString());
        QCOMPARE(filter->count(), 12);
    }

    void sortingByAColumnTwiceFlipsTheOrder()
    {
        QSignalSpy sorted(filter, &TrackFilterModel::sortChanged);
        filter->sortByColumn(TrackTableModel::DurationColumn);
        QCOMPARE(filter->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(filter->index(0, TrackTableModel::TitleColumn).data().toString(), u"Song 1"_s);
        filter->sortByColumn(TrackTableModel::DurationColumn);
        QCOMPARE(filter->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(filter->index(0, TrackTableModel::TitleColumn).data().toString(), u"Song 12"_s);
        QCOMPARE(sorted.count(), 2);
        filter->sortByColumn(99); // no such column: ignored
        QCOMPARE(sorted.count(), 2);
    }

    void rowsAndTrackIdsMapBothWays()
    {
        filter->sortByColumn(TrackTableModel::DurationColumn);
        filter->sortByColumn(TrackTableModel::DurationColumn);
        const qint64 id = filter->trackIdAt(0);
        QCOMPARE(filter->rowOfTrack(id), 0);
        filter->setSearchText(u"Song 1 "_s);
        QCOMPARE(filter->rowOfTrack(filter->trackIdAt(0)), 0);
        filter->setSearchText(u"Nova"_s);
        QCOMPARE(filter->rowOfTrack(id), -1); // Song 12 is by Mara Vell: filtered out
        QCOMPARE(filter->rowOfTrack(987654), -1);
    }
};

QTEST_GUILESS_MAIN(TestTrackFilterModel)
#include "tst_trackfiltermodel.moc"

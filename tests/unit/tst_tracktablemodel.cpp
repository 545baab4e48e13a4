// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestCatalog.h"
#include "catalog/TrackQueries.h"
#include "tracks/TrackTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestTrackTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndColumnsFollowTheCatalog()
    {
        Test::TestCatalog catalog(9);
        TrackTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        auto rows = TrackQueries::allTracks(catalog.store().connection(), &error);
        QVERIFY2(rows, qPrintable(error));
        model.setRows(*rows);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.columnCount(), int(TrackTableModel::ColumnCount));
        QCOMPARE(model.headerData(TrackTableModel::IsrcColumn, Qt::Horizontal).toString(), u"ISRC"_s);
        const QModelIndex first = model.index(0, TrackTableModel::TitleColumn);
        QCOMPARE(first.data().toString(), u"Song 1"_s);
        QCOMPARE(model.index(0, TrackTableModel::ArtistColumn).data().toString(), u"Nova Lark"_s);
        QCOMPARE(model.index(0, TrackTableModel::ReleaseColumn).data().toString(), u"Glass Harbour"_s);
        QCOMPARE(model.index(3, TrackTableModel::VersionColumn).data().toString(), u"Instrumental"_s);
        QCOMPARE(model.index(0, TrackTableModel::IsrcColumn).data().toString(), u"QZK6H2600001"_s);
        QCOMPARE(model.index(0, TrackTableModel::DurationColumn).data().toString(), u"1:00"_s);
        QCOMPARE(model.index(0, TrackTableModel::DurationColumn).data(TrackTableModel::SortRole).toLongLong(),
            60'000);
        QCOMPARE(
            model.index(0, TrackTableModel::FormatColumn).data().toString(), u"FLAC · 44.1 kHz · 16-bit"_s);
        QVERIFY(model.roleNames().value(TrackTableModel::IsrcRole) == "isrc");
    }

    void setFieldChangesOneCell()
    {
        Test::TestCatalog catalog(3);
        TrackTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(*TrackQueries::allTracks(catalog.store().connection(), nullptr));
        const qint64 id = model.index(1, 0).data(TrackTableModel::IdRole).toLongLong();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setField(id, TrackTableModel::ArtistRole, u"Juno"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(TrackTableModel::ArtistColumn));
        QCOMPARE(model.rowById(id)->artist, u"Juno"_s);
        QVERIFY(model.index(1, 0).data(TrackTableModel::SearchTextRole).toString().contains(u"juno"_s));
        model.setField(12345, TrackTableModel::ArtistRole, u"nobody"_s); // unknown id: ignored
        QCOMPARE(changed.count(), 1);
    }

    void setFieldsTellsOncePerRunOfRows()
    {
        Test::TestCatalog catalog(8);
        TrackTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(*TrackQueries::allTracks(catalog.store().connection(), nullptr));
        const auto id = [&model](int row) {
            return model.index(row, 0).data(TrackTableModel::IdRole).toLongLong();
        };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Rows 0-2 and 5: two runs, two signals, with the one role that changed.
        model.setFields({ { id(2), TrackTableModel::GenreRole, u"Ambient"_s },
            { id(0), TrackTableModel::GenreRole, u"Ambient"_s },
            { id(1), TrackTableModel::GenreRole, u"Ambient"_s },
            { id(5), TrackTableModel::ExplicitRole, u"1"_s },
            { 12345, TrackTableModel::GenreRole, u"x"_s } });
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(),
            QList<int>({ TrackTableModel::GenreRole, TrackTableModel::ExplicitRole }));
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 5);
        QCOMPARE(model.index(1, 0).data(TrackTableModel::GenreRole).toString(), u"Ambient"_s);
        QCOMPARE(model.index(5, 0).data(TrackTableModel::ExplicitRole).toString(), u"1"_s);
        // A field a column shows (and search reads) tells every role.
        model.setFields({ { id(3), TrackTableModel::ArtistRole, u"Juno"_s } });
        QCOMPARE(changed.count(), 3);
        QVERIFY(changed.at(2).at(2).value<QList<int>>().isEmpty());
        QVERIFY(model.index(3, 0).data(TrackTableModel::SearchTextRole).toString().contains(u"juno"_s));
    }

    void durationsFormatLikeAPlayer()
    {
        QCOMPARE(TrackTableModel::formatDuration(0), QString());
        QCOMPARE(TrackTableModel::formatDuration(59'499), u"0:59"_s);
        QCOMPARE(TrackTableModel::formatDuration(61'000), u"1:01"_s);
        QCOMPARE(TrackTableModel::formatDuration(3'725'000), u"1:02:05"_s);
    }
};

QTEST_GUILESS_MAIN(TestTrackTableModel)
#include "tst_tracktablemodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestCatalog.h"
#include "catalog/TrackQueries.h"
#include "rights/Readiness.h"
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

    // The values a large catalog repeats on every row (artist, release, format) are held once
    // (issue 18); the rest stay each row's own.
    void repeatedValuesShareOneText()
    {
        Test::TestCatalog catalog(9);
        const auto rows = TrackQueries::allTracks(catalog.store().connection(), nullptr);
        QVERIFY(rows && rows->size() == 9);
        const TrackRow &first = rows->at(0);
        const auto same = std::find_if(rows->cbegin() + 1, rows->cend(),
            [&](const TrackRow &row) { return row.artist == first.artist && row.release == first.release; });
        QVERIFY(same != rows->cend());
        QCOMPARE(first.artist.constData(), same->artist.constData());
        QCOMPARE(first.release.constData(), same->release.constData());
        QCOMPARE(first.format.constData(), same->format.constData());
        QVERIFY(first.title.constData() != same->title.constData());
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
        // Rows 0-2 and 5: two runs, two signals, with the roles that changed (no column shows them).
        model.setFields({ { id(2), TrackTableModel::HasVocalsRole, u"0"_s },
            { id(0), TrackTableModel::HasVocalsRole, u"0"_s },
            { id(1), TrackTableModel::HasVocalsRole, u"0"_s },
            { id(5), TrackTableModel::ExplicitRole, u"1"_s },
            { 12345, TrackTableModel::HasVocalsRole, u"x"_s } });
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(),
            QList<int>({ TrackTableModel::HasVocalsRole, TrackTableModel::ExplicitRole }));
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 5);
        QCOMPARE(model.index(1, 0).data(TrackTableModel::HasVocalsRole).toString(), u"0"_s);
        QCOMPARE(model.index(5, 0).data(TrackTableModel::ExplicitRole).toString(), u"1"_s);
        // A field a column shows (and search reads) tells every role.
        model.setFields({ { id(3), TrackTableModel::ArtistRole, u"Juno"_s } });
        QCOMPARE(changed.count(), 3);
        QVERIFY(changed.at(2).at(2).value<QList<int>>().isEmpty());
        QVERIFY(model.index(3, 0).data(TrackTableModel::SearchTextRole).toString().contains(u"juno"_s));
    }

    void chosenColumnsShowTempoKeyLoudnessAndReadiness()
    {
        Test::TestCatalog catalog(3);
        TrackTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(*TrackQueries::allTracks(catalog.store().connection(), nullptr));
        const auto id = [&model](int row) {
            return model.index(row, 0).data(TrackTableModel::IdRole).toLongLong();
        };
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(model.headerData(TrackTableModel::BpmColumn, Qt::Horizontal, TrackTableModel::ColumnKeyRole),
            QVariant(u"bpm"_s));
        QCOMPARE(model.headerData(TrackTableModel::LoudnessColumn, Qt::Horizontal).toString(), u"Loudness"_s);
        // An edited field shows in its column.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setField(id(1), TrackTableModel::BpmRole, u"92.5"_s);
        QCOMPARE(changed.last().at(0).toModelIndex().column(), int(TrackTableModel::BpmColumn));
        QCOMPARE(cell(1, TrackTableModel::BpmColumn), u"92.5"_s);
        model.setField(id(0), TrackTableModel::BpmRole, u"128"_s);
        QVERIFY(model.lessThan(1, 0, TrackTableModel::BpmColumn));
        QVERIFY(model.lessThan(2, 1, TrackTableModel::BpmColumn)); // none set sorts first
        model.setField(id(2), TrackTableModel::KeyRole, u"F# minor"_s);
        QCOMPARE(cell(2, TrackTableModel::KeyColumn), u"F# minor"_s);

        // Loudness and readiness arrive from the quality and rights models, for the whole column.
        QCOMPARE(cell(0, TrackTableModel::LoudnessColumn), QString());
        QCOMPARE(cell(0, TrackTableModel::ReadinessColumn), QString()); // not known yet
        changed.clear();
        model.setLoudness({ { id(0), -9.04 }, { id(2), -14.25 } });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        QCOMPARE(cell(0, TrackTableModel::LoudnessColumn), u"\u22129.0 LUFS"_s);
        QCOMPARE(cell(1, TrackTableModel::LoudnessColumn), QString()); // not analysed
        QVERIFY(model.lessThan(1, 2, TrackTableModel::LoudnessColumn)); // not analysed first
        QVERIFY(model.lessThan(2, 0, TrackTableModel::LoudnessColumn)); // then the quietest
        model.setReadiness({ { id(0), int(Readiness::Use::Sync) }, { id(1), -1 } });
        QCOMPARE(cell(0, TrackTableModel::ReadinessColumn), Readiness::useName(Readiness::Use::Sync));
        QCOMPARE(cell(1, TrackTableModel::ReadinessColumn), u"Not ready"_s);
        QCOMPARE(cell(2, TrackTableModel::ReadinessColumn), u"Not ready"_s); // not in the matrix
        QVERIFY(model.lessThan(1, 0, TrackTableModel::ReadinessColumn));
        // They survive a reload of the rows.
        model.setRows(*TrackQueries::allTracks(catalog.store().connection(), nullptr));
        QCOMPARE(cell(0, TrackTableModel::LoudnessColumn), u"\u22129.0 LUFS"_s);
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

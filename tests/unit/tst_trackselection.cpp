// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "tracks/TrackFilterModel.h"
#include "tracks/TrackSelection.h"
#include "tracks/TrackTableModel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

/// The catalog table's selection: by track id, through sorting, searching and reloads; ranges
/// and "select all" as the table shows the tracks.
class TestTrackSelection : public QObject
{
    Q_OBJECT

    static TrackRows rows(int count)
    {
        TrackRows rows;
        for (int i = 1; i <= count; ++i) {
            TrackRow row;
            row.id = i * 10; // ids are not rows
            row.title = u"Song %1"_s.arg(QChar(u'A' + (count - i))); // reverse order by title
            row.artist = i % 2 ? u"Odd"_s : u"Even"_s;
            row.updateSearchKey();
            rows.append(row);
        }
        return rows;
    }

    static QList<qint64> ids(std::initializer_list<qint64> list) { return QList<qint64>(list); }

private Q_SLOTS:
    void clickCtrlClickShiftClick()
    {
        TrackTableModel table;
        TrackFilterModel view;
        view.setSourceModel(&table);
        table.setRows(rows(6));
        TrackSelection selection(&table, &view);
        QSignalSpy changed(&selection, &TrackSelection::changed);
        QSignalSpy current(&selection, &TrackSelection::currentChanged);

        selection.select(20);
        QCOMPARE(selection.ids(), ids({ 20 }));
        QCOMPARE(selection.currentTrackId(), 20);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(current.count(), 1);
        selection.toggle(40);
        QCOMPARE(selection.ids(), ids({ 20, 40 }));
        QCOMPARE(selection.currentTrackId(), 40);
        selection.toggle(20);
        QCOMPARE(selection.ids(), ids({ 40 }));
        QCOMPARE(selection.currentTrackId(), 40);
        // Shift+click: from the last Ctrl+clicked (20, row 1, even though it was removed) to 60.
        selection.extendTo(60);
        QCOMPARE(selection.ids(), ids({ 20, 30, 40, 50, 60 }));
        QCOMPARE(selection.currentTrackId(), 60);
        // The anchor stays: a second Shift+click replaces the range.
        selection.extendTo(40);
        QCOMPARE(selection.ids(), ids({ 20, 30, 40 }));
        QCOMPARE(selection.selectedTrackIds(), QVariantList({ 20, 30, 40 }));
        selection.select(40);
        selection.extendTo(50);
        QCOMPARE(selection.ids(), ids({ 40, 50 }));
        const int revision = selection.revision();
        selection.toggle(999); // not in the catalog
        QCOMPARE(selection.revision(), revision);
        selection.clear();
        QCOMPARE(selection.count(), 0);
        QCOMPARE(selection.currentTrackId(), 0);
    }

    void rangesFollowTheSortedView()
    {
        TrackTableModel table;
        TrackFilterModel view;
        view.setSourceModel(&table);
        table.setRows(rows(6));
        TrackSelection selection(&table, &view);
        view.sortByColumn(TrackTableModel::TitleColumn); // now 60, 50, 40, 30, 20, 10
        QCOMPARE(view.trackIdAt(0), 60);
        selection.select(50);
        selection.extendTo(30);
        QCOMPARE(selection.ids(), ids({ 30, 40, 50 }));
        // Sorting again keeps the same tracks selected.
        view.sortByColumn(TrackTableModel::TitleColumn);
        QCOMPARE(selection.ids(), ids({ 30, 40, 50 }));
    }

    void selectAllTakesTheVisibleTracks()
    {
        TrackTableModel table;
        TrackFilterModel view;
        view.setSourceModel(&table);
        table.setRows(rows(6));
        TrackSelection selection(&table, &view);
        selection.select(10);
        view.setSearchText(u"even"_s);
        QCOMPARE(view.count(), 3);
        // The search hides track 10, but it stays selected until the selection changes.
        QVERIFY(selection.contains(10));
        QCOMPARE(selection.hiddenCount(), 1);
        selection.selectAllVisible();
        QCOMPARE(selection.ids(), ids({ 20, 40, 60 }));
        QCOMPARE(selection.currentTrackId(), view.trackIdAt(0));
        QCOMPARE(selection.hiddenCount(), 0);
        QSignalSpy hidden(&selection, &TrackSelection::hiddenCountChanged);
        view.setSearchText(u"odd"_s);
        QCOMPARE(hidden.count(), 1);
        QCOMPARE(selection.hiddenCount(), 3);
        view.setSearchText(QString());
        QCOMPARE(selection.ids(), ids({ 20, 40, 60 }));
        // A Shift+click whose anchor is hidden starts over.
        view.setSearchText(u"odd"_s);
        selection.select(50);
        view.setSearchText(u"even"_s);
        selection.extendTo(40);
        QCOMPARE(selection.ids(), ids({ 40 }));
    }

    void reloadDropsVanishedTracks()
    {
        TrackTableModel table;
        TrackFilterModel view;
        view.setSourceModel(&table);
        table.setRows(rows(6));
        TrackSelection selection(&table, &view);
        selection.select(20);
        selection.toggle(60);
        QSignalSpy current(&selection, &TrackSelection::currentChanged);
        table.setRows(rows(5)); // track 60 is gone
        QCOMPARE(selection.ids(), ids({ 20 }));
        QCOMPARE(selection.currentTrackId(), 0);
        QCOMPARE(current.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrackSelection)

#include "tst_trackselection.moc"

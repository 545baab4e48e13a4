// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The rows of the write-tags dialog: batches append in order, counts follow the statuses, the
// changes are listed per field with a label, and a clear empties it.
#include "tags/TagWriteListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestTagWriteListModel : public QObject
{
    Q_OBJECT

    static TagWriteRow row(
        qint64 trackId, TagWriteRow::Status status, QList<TagChange> changes = {}, const QString &reason = {})
    {
        TagWriteRow result;
        result.trackId = trackId;
        result.trackTitle = u"Song %1"_s.arg(trackId);
        result.path = u"/library/Artist/Song %1.flac"_s.arg(trackId);
        result.relativePath = u"Artist/Song %1.flac"_s.arg(trackId);
        result.format = u"FLAC"_s;
        result.status = status;
        result.changes = std::move(changes);
        result.reason = reason;
        return result;
    }

private Q_SLOTS:
    void batchesAppendAndCount()
    {
        TagWriteListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &TagWriteListModel::countsChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        model.append(
            { row(1, TagWriteRow::Status::WillChange,
                  { { TagField::Title, u"Old"_s, u"Song 1"_s }, { TagField::Isrc, {}, u"QZK6H2600001"_s } }),
                row(2, TagWriteRow::Status::Unchanged) });
        model.append({ row(3, TagWriteRow::Status::Failed, {}, u"the file is read-only"_s) });
        model.append({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(counts.count(), 2);
        QCOMPARE(model.changingCount(), 1);
        QCOMPARE(model.unchangedCount(), 1);
        QCOMPARE(model.failedCount(), 1);
        QCOMPARE(model.writtenCount(), 0);

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(TagWriteListModel::TrackIdRole).toLongLong(), 1);
        QCOMPARE(first.data(TagWriteListModel::FileRole).toString(), u"Artist/Song 1.flac"_s);
        QCOMPARE(first.data(TagWriteListModel::FileNameRole).toString(), u"Song 1.flac"_s);
        QCOMPARE(first.data(TagWriteListModel::StatusRole).toInt(), int(TagWriteListModel::WillChange));
        // "2 changes" once the English plural forms are loaded; the source text says "change(s)".
        QVERIFY(first.data(TagWriteListModel::StatusTextRole).toString().startsWith(u"2 change"_s));
        QCOMPARE(first.data(TagWriteListModel::ChangeCountRole).toInt(), 2);
        const QVariantList changes = first.data(TagWriteListModel::ChangesRole).toList();
        QCOMPARE(changes.size(), 2);
        const QVariantMap title = changes.at(0).toMap();
        QCOMPARE(title.value(u"field"_s).toString(), u"title"_s);
        QCOMPARE(title.value(u"label"_s).toString(), u"Title"_s);
        QCOMPARE(title.value(u"before"_s).toString(), u"Old"_s);
        QCOMPARE(title.value(u"after"_s).toString(), u"Song 1"_s);
        QCOMPARE(changes.at(1).toMap().value(u"label"_s).toString(), u"ISRC"_s);

        const QModelIndex failed = model.index(2);
        QVERIFY(failed.data(TagWriteListModel::FailedRole).toBool());
        QVERIFY(!first.data(TagWriteListModel::FailedRole).toBool());
        QCOMPARE(failed.data(TagWriteListModel::ReasonRole).toString(), u"the file is read-only"_s);
        QCOMPARE(failed.data(TagWriteListModel::StatusTextRole).toString(), u"Failed"_s);
        QCOMPARE(model.index(1).data(TagWriteListModel::StatusTextRole).toString(), u"Unchanged"_s);
        QVERIFY(!model.data(model.index(5), TagWriteListModel::TrackIdRole).isValid());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.failedCount(), 0);
        QCOMPARE(model.changingCount(), 0);
        model.append({ row(4, TagWriteRow::Status::Written), row(5, TagWriteRow::Status::Cancelled) });
        QCOMPARE(model.writtenCount(), 1);
        QCOMPARE(model.cancelledCount(), 1);
    }

    void everyFieldHasALabel()
    {
        for (const TagField field : allTagFields())
            QVERIFY2(TagWriteListModel::fieldLabel(field) != fieldName(field), qPrintable(fieldName(field)));
    }

    void roleNamesAreUnique()
    {
        TagWriteListModel model;
        const auto names = model.roleNames();
        QCOMPARE(QSet<QByteArray>(names.cbegin(), names.cend()).size(), names.size());
    }
};

QTEST_GUILESS_MAIN(TestTagWriteListModel)

#include "tst_tagwritelistmodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using Imprint::Test::stored;

/// Editing several selected tracks at once: one transaction, one undo step, each track's own
/// earlier value restored, the single-track rules, nothing written when a value is refused.
class TestBulkTrackEdit : public QObject
{
    Q_OBJECT

    static void exec(const CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.connection());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

    static void load(CatalogSession &session)
    {
        QSignalSpy reloaded(&session, &CatalogSession::reloaded);
        session.reload();
        QVERIFY(reloaded.wait(5000));
    }

    // The first count tracks by id, selected with a click and a Shift+click.
    static QList<qint64> selectFirst(CatalogSession &session, int count)
    {
        session.selection()->select(session.tracks()->trackIdAt(0));
        session.selection()->extendTo(session.tracks()->trackIdAt(count - 1));
        return session.selection()->ids();
    }

    static QString tableValue(CatalogSession &session, qint64 id, TrackTableModel::Role role)
    {
        const TrackTableModel *table = session.trackTable();
        return table->data(table->index(table->rowOf(id), 0), role).toString();
    }

private Q_SLOTS:
    void genreOnTwentyTracksIsOneUndoStep()
    {
        Test::TestCatalog catalog(30);
        // Every track has its own genre, so undo must restore twenty different values.
        exec(catalog.store(), u"UPDATE tracks SET genre = 'Genre ' || id"_s);
        CatalogSession session(catalog.store());
        load(session);
        const QList<qint64> ids = selectFirst(session, 20);
        QCOMPARE(ids.size(), 20);
        BulkTrackEdit *bulk = session.bulkEdit();
        QCOMPARE(bulk->count(), 20);
        QVERIFY(bulk->mixedFields().contains(u"genre"_s));
        QVERIFY(!bulk->values().contains(u"genre"_s));

        QSignalSpy historyChanged(session.history(), &EditHistory::changed);
        QVERIFY(bulk->apply({ { u"genre"_s, u"  Ambient "_s } }));
        QCOMPARE(historyChanged.count(), 1);
        QVERIFY2(session.history()->undoText().contains(u"20"_s), qPrintable(session.history()->undoText()));
        QCOMPARE(bulk->values().value(u"genre"_s).toString(), u"Ambient"_s);
        QVERIFY(bulk->mixedFields().isEmpty() || !bulk->mixedFields().contains(u"genre"_s));
        for (const qint64 id : ids)
            QCOMPARE(tableValue(session, id, TrackTableModel::GenreRole), u"Ambient"_s);
        session.waitForIdle();
        for (const qint64 id : ids)
            QCOMPARE(stored(catalog.store(), id, u"genre"_s), u"Ambient"_s);
        const qint64 untouched = session.tracks()->trackIdAt(25);
        QCOMPARE(stored(catalog.store(), untouched, u"genre"_s), u"Genre %1"_s.arg(untouched));

        // One undo brings every track its own genre back.
        session.history()->undo();
        QVERIFY(!session.history()->canUndo());
        session.waitForIdle();
        for (const qint64 id : ids) {
            QCOMPARE(stored(catalog.store(), id, u"genre"_s), u"Genre %1"_s.arg(id));
            QCOMPARE(tableValue(session, id, TrackTableModel::GenreRole), u"Genre %1"_s.arg(id));
        }
        QVERIFY(bulk->mixedFields().contains(u"genre"_s));

        session.history()->redo();
        session.waitForIdle();
        for (const qint64 id : ids)
            QCOMPARE(stored(catalog.store(), id, u"genre"_s), u"Ambient"_s);
        QVERIFY(session.history()->canUndo());
        QVERIFY(!session.history()->canRedo());
    }

    void sharedAndMixedValues()
    {
        Test::TestCatalog catalog(12);
        exec(catalog.store(), u"UPDATE tracks SET language = 'en'"_s);
        CatalogSession session(catalog.store());
        load(session);
        TrackSelection *selection = session.selection();
        BulkTrackEdit *bulk = session.bulkEdit();
        // Tracks 1, 4 and 7 are by Nova Lark on Glass Harbour (TestCatalog).
        const qint64 first = session.tracks()->trackIdAt(0);
        selection->select(first);
        selection->toggle(session.tracks()->trackIdAt(3));
        selection->toggle(session.tracks()->trackIdAt(6));
        QCOMPARE(bulk->count(), 3);
        QSignalSpy values(bulk, &BulkTrackEdit::valuesChanged);
        QCOMPARE(bulk->values().value(u"artist"_s).toString(), u"Nova Lark"_s);
        QCOMPARE(bulk->values().value(u"language"_s).toString(), u"en"_s);
        QCOMPARE(bulk->values().value(u"genre"_s).toString(), QString()); // none set: shared empty
        QVERIFY(bulk->mixedFields().isEmpty());
        QCOMPARE(bulk->releaseCount(), 1);

        selection->toggle(session.tracks()->trackIdAt(1)); // The Quiet Engines, Low Voltage
        QVERIFY(values.count() >= 1);
        QCOMPARE(bulk->mixedFields(), QStringList({ u"artist"_s }));
        QCOMPARE(bulk->releaseCount(), 2);

        // An edit of one selected track elsewhere (the single-track editor) shows here too.
        QVERIFY(session.setTrackField(first, u"explicit"_s, u"1"_s));
        QCOMPARE(bulk->mixedFields(), QStringList({ u"artist"_s, u"explicit"_s }));
        QVERIFY(!bulk->values().contains(u"explicit"_s));
    }

    void refusedValueWritesNothing()
    {
        Test::TestCatalog catalog(10);
        CatalogSession session(catalog.store());
        load(session);
        const QList<qint64> ids = selectFirst(session, 5);
        BulkTrackEdit *bulk = session.bulkEdit();
        QSignalSpy errors(&session, &CatalogSession::errorOccurred);

        // A good genre with a bad explicit flag: the whole edit is refused.
        QVERIFY(!bulk->apply({ { u"genre"_s, u"Pop"_s }, { u"explicit"_s, u"maybe"_s } }));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.constFirst().constFirst().toString(), u"Explicit is yes, no or not set."_s);
        QCOMPARE(BulkTrackEdit::check(u"explicit"_s, u"maybe"_s), u"Explicit is yes, no or not set."_s);
        QCOMPARE(BulkTrackEdit::check(u"explicit"_s, u"1"_s), QString());
        // A tempo that is not one, and fields that are not edited in bulk (ISRC, title), too.
        QVERIFY(!bulk->apply({ { u"bpm"_s, u"fast"_s } }));
        QVERIFY(!bulk->apply({ { u"isrc"_s, u"QZK6H2600001"_s } }));
        QCOMPARE(errors.count(), 3);
        QVERIFY(!session.history()->canUndo());
        session.waitForIdle();
        for (const qint64 id : ids) {
            QCOMPARE(stored(catalog.store(), id, u"genre"_s), u"<null>"_s);
            QCOMPARE(tableValue(session, id, TrackTableModel::GenreRole), QString());
        }

        // Nothing selected: nothing to apply.
        session.selection()->clear();
        QVERIFY(!bulk->apply({ { u"genre"_s, u"Pop"_s } }));
        QVERIFY(!session.history()->canUndo());
    }

    void artistByNameCreatesTheParty()
    {
        Test::TestCatalog catalog(9);
        CatalogSession session(catalog.store());
        load(session);
        const QList<qint64> ids = selectFirst(session, 3); // three artists
        QVERIFY(session.bulkEdit()->apply(
            { { u"artist"_s, u"Juno Reyes"_s }, { u"explicit"_s, u"0"_s }, { u"language"_s, u"de"_s } }));
        session.waitForIdle();
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM parties WHERE name = 'Juno Reyes'"_s), 1);
        for (const qint64 id : ids) {
            QCOMPARE(stored(catalog.store(), id, u"display_artist"_s), u"Juno Reyes"_s);
            QCOMPARE(
                stored(catalog.store(), id, u"(SELECT name FROM parties WHERE id = primary_artist_id)"_s),
                u"Juno Reyes"_s);
            QCOMPARE(stored(catalog.store(), id, u"explicit"_s), u"0"_s);
            QCOMPARE(stored(catalog.store(), id, u"language"_s), u"de"_s);
        }
        // An existing party is reused, whatever the case.
        QVERIFY(session.bulkEdit()->apply({ { u"artist"_s, u"juno reyes"_s } }));
        session.waitForIdle();
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM parties WHERE lower(name) = 'juno reyes'"_s),
            1);

        session.history()->undo();
        session.history()->undo();
        session.waitForIdle();
        const QStringList artists { u"Nova Lark"_s, u"The Quiet Engines"_s, u"Mara Vell"_s };
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(stored(catalog.store(), ids.at(i), u"display_artist"_s), artists.at(i));
            QCOMPARE(stored(catalog.store(), ids.at(i),
                         u"(SELECT name FROM parties WHERE id = primary_artist_id)"_s),
                artists.at(i));
            QCOMPARE(stored(catalog.store(), ids.at(i), u"explicit"_s), u"<null>"_s);
        }
    }

    void labelIsSetOnTheirReleases()
    {
        Test::TestCatalog catalog(9);
        exec(catalog.store(), u"UPDATE releases SET label = 'Old ' || id"_s);
        CatalogSession session(catalog.store());
        load(session);
        // Tracks 1 and 2: Glass Harbour and Low Voltage.
        session.selection()->select(session.tracks()->trackIdAt(0));
        session.selection()->toggle(session.tracks()->trackIdAt(1));
        BulkTrackEdit *bulk = session.bulkEdit();
        QCOMPARE(bulk->releaseCount(), 2);
        QVERIFY(bulk->mixedFields().contains(u"label"_s));
        QVERIFY(bulk->apply({ { u"label"_s, u"Harbour Records"_s } }));
        session.waitForIdle();
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM releases WHERE label = 'Harbour Records'"_s),
            2);
        // The third release's tracks are not selected: its label stays.
        QCOMPARE(
            Test::scalar(catalog.store(), u"SELECT count(*) FROM releases WHERE label LIKE 'Old %'"_s), 1);
        // Every track of those releases shows it, selected or not.
        const qint64 sameRelease = session.tracks()->trackIdAt(3);
        QCOMPARE(tableValue(session, sameRelease, TrackTableModel::LabelRole), u"Harbour Records"_s);
        QCOMPARE(session.releases()->model()->rowById(1)->label, u"Harbour Records"_s);

        session.history()->undo();
        session.waitForIdle();
        for (qint64 release : { 1, 2 })
            QCOMPARE(stored(catalog.store(), release, u"label"_s, u"releases"_s), u"Old %1"_s.arg(release));
        QCOMPARE(tableValue(session, sameRelease, TrackTableModel::LabelRole), u"Old 1"_s);
    }

    // What sync readiness asks of every track (BPM, key, moods, vocals), set on several at once.
    void syncFieldsOnSeveralTracksAreOneUndoStep()
    {
        Test::TestCatalog catalog(6);
        exec(catalog.store(), u"UPDATE tracks SET bpm = 100 + id"_s);
        CatalogSession session(catalog.store());
        load(session);
        const QList<qint64> ids = selectFirst(session, 4);
        BulkTrackEdit *bulk = session.bulkEdit();
        QVERIFY(bulk->mixedFields().contains(u"bpm"_s));
        QCOMPARE(bulk->values().value(u"hasVocals"_s).toString(), QString());
        QVERIFY(!BulkTrackEdit::check(u"key"_s, u"Q sharp"_s).isEmpty());
        QVERIFY(!BulkTrackEdit::check(u"bpm"_s, u"-3"_s).isEmpty());
        QCOMPARE(BulkTrackEdit::check(u"bpm"_s, u"128"_s), QString());

        QVERIFY(bulk->apply({ { u"bpm"_s, u"128"_s }, { u"key"_s, u"am"_s }, { u"mood"_s, u"driving"_s },
            { u"hasVocals"_s, u"0"_s } }));
        QCOMPARE(bulk->values().value(u"key"_s).toString(), u"A minor"_s);
        QVERIFY(!bulk->mixedFields().contains(u"bpm"_s));
        session.waitForIdle();
        for (const qint64 id : ids) {
            QCOMPARE(stored(catalog.store(), id, u"bpm"_s).toDouble(), 128.0);
            QCOMPARE(stored(catalog.store(), id, u"musical_key"_s), u"A minor"_s);
            QCOMPARE(stored(catalog.store(), id, u"mood"_s), u"driving"_s);
            QCOMPARE(stored(catalog.store(), id, u"has_vocals"_s), u"0"_s);
            QCOMPARE(tableValue(session, id, TrackTableModel::HasVocalsRole), u"0"_s);
        }

        session.history()->undo();
        QVERIFY(!session.history()->canUndo());
        session.waitForIdle();
        for (const qint64 id : ids) {
            QCOMPARE(stored(catalog.store(), id, u"bpm"_s).toDouble(), 100.0 + double(id));
            QCOMPARE(stored(catalog.store(), id, u"musical_key"_s), u"<null>"_s);
            QCOMPARE(stored(catalog.store(), id, u"has_vocals"_s), u"<null>"_s);
            QCOMPARE(tableValue(session, id, TrackTableModel::BpmRole), QString::number(100 + id));
        }
    }

    // Issue 16: someone else changed one track's genre after this session read it. The others
    // get the new genre; that one keeps theirs, the table shows it, the user is told, and undo
    // does not put the old genre back over it.
    void aValueSomeoneElseChangedMeanwhileIsKept()
    {
        Test::TestCatalog catalog(6);
        exec(catalog.store(), u"UPDATE tracks SET genre = 'Pop'"_s);
        CatalogSession session(catalog.store());
        load(session);
        const QList<qint64> ids = selectFirst(session, 3);
        exec(catalog.store(), u"UPDATE tracks SET genre = 'Theirs' WHERE id = %1"_s.arg(ids.at(1)));
        QSignalSpy errors(&session, &CatalogSession::errorOccurred);
        QVERIFY(session.bulkEdit()->apply({ { u"genre"_s, u"Ambient"_s } }));
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), ids.at(0), u"genre"_s), u"Ambient"_s);
        QCOMPARE(stored(catalog.store(), ids.at(1), u"genre"_s), u"Theirs"_s);
        QCOMPARE(stored(catalog.store(), ids.at(2), u"genre"_s), u"Ambient"_s);
        QCOMPARE(tableValue(session, ids.at(1), TrackTableModel::GenreRole), u"Theirs"_s);
        QCOMPARE(errors.count(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        const QString title = session.trackTable()->rowById(ids.at(1))->title;
        QVERIFY2(message.contains(title) && message.contains(u"Genre"_s), qPrintable(message));
        QVERIFY(!message.contains(session.trackTable()->rowById(ids.at(0))->title));
        QVERIFY2(message.contains(u"rest of the change was saved"_s), qPrintable(message));

        QVERIFY(session.history()->canUndo());
        session.history()->undo();
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), ids.at(0), u"genre"_s), u"Pop"_s);
        QCOMPARE(stored(catalog.store(), ids.at(1), u"genre"_s), u"Theirs"_s);
        QCOMPARE(stored(catalog.store(), ids.at(2), u"genre"_s), u"Pop"_s);
        QCOMPARE(errors.count(), 1);
        session.history()->redo();
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), ids.at(1), u"genre"_s), u"Theirs"_s);
        QCOMPARE(stored(catalog.store(), ids.at(2), u"genre"_s), u"Ambient"_s);
    }

    // The same for a release's label, which a bulk edit sets on the releases of the tracks; when
    // every value of the change was someone else's, no undo step is left.
    void aLabelSomeoneElseChangedMeanwhileIsKept()
    {
        Test::TestCatalog catalog(9);
        exec(catalog.store(), u"UPDATE releases SET label = 'Old ' || id"_s);
        CatalogSession session(catalog.store());
        load(session);
        session.selection()->select(session.tracks()->trackIdAt(0)); // release 1 only
        exec(catalog.store(), u"UPDATE releases SET label = 'Their Records' WHERE id = 1"_s);
        QSignalSpy errors(&session, &CatalogSession::errorOccurred);
        QVERIFY(session.bulkEdit()->apply({ { u"label"_s, u"Harbour Records"_s } }));
        session.waitForIdle();
        QCOMPARE(stored(catalog.store(), 1, u"label"_s, u"releases"_s), u"Their Records"_s);
        QCOMPARE(tableValue(session, session.tracks()->trackIdAt(0), TrackTableModel::LabelRole),
            u"Their Records"_s);
        QCOMPARE(errors.count(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(u"not saved"_s), qPrintable(message));
        QVERIFY(!session.history()->canUndo());
    }

    void unchangedValuesMakeNoStep()
    {
        Test::TestCatalog catalog(6);
        CatalogSession session(catalog.store());
        load(session);
        session.selection()->select(session.tracks()->trackIdAt(0));
        session.selection()->toggle(session.tracks()->trackIdAt(3)); // both Nova Lark
        QVERIFY(session.bulkEdit()->apply({ { u"artist"_s, u"Nova Lark"_s } }));
        QVERIFY(!session.history()->canUndo());
    }
};

QTEST_GUILESS_MAIN(TestBulkTrackEdit)

#include "tst_bulktrackedit.moc"

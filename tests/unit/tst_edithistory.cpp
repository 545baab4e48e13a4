// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "editing/EditHistory.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestEditHistory : public QObject
{
    Q_OBJECT

    QStringList applied;
    QStringList expected; ///< what each applied value was to replace
    EditHistory *makeHistory()
    {
        return new EditHistory(
            [this](qint64 id, const QString &field, const QString &value, const QString &was) {
                applied.append(u"%1.%2=%3"_s.arg(id).arg(field, value));
                expected.append(was);
            },
            this);
    }

private Q_SLOTS:
    void init()
    {
        applied.clear();
        expected.clear();
    }

    // Undo expects the catalog to hold the edit's value, redo the value before it: an editor
    // that finds something else there was changed by someone else meanwhile.
    void undoAndRedoSayWhatTheCatalogShouldHold()
    {
        EditHistory *history = makeHistory();
        history->record({ 7, u"title"_s, u"A"_s, u"B"_s, u"Title Change"_s });
        history->undo();
        history->redo();
        history->perform(
            EditStep { { { 7, u"title"_s, u"B"_s, u"C"_s, u"Title Change"_s } }, u"Title Change"_s });
        QCOMPARE(applied, (QStringList { u"7.title=A"_s, u"7.title=B"_s, u"7.title=C"_s }));
        QCOMPARE(expected, (QStringList { u"B"_s, u"A"_s, u"B"_s }));
    }

    void undoAndRedoApplyTheValuesInOrder()
    {
        EditHistory *history = makeHistory();
        QSignalSpy changed(history, &EditHistory::changed);
        QVERIFY(!history->canUndo());
        history->record({ 7, u"title"_s, u"A"_s, u"B"_s, u"Title Change"_s });
        history->record({ 7, u"title"_s, u"B"_s, u"C"_s, u"Title Change"_s });
        QCOMPARE(changed.count(), 2);
        QVERIFY(history->canUndo());
        QCOMPARE(history->undoText(), u"Undo Title Change"_s);
        history->undo();
        history->undo();
        QVERIFY(!history->canUndo());
        QVERIFY(history->canRedo());
        history->redo();
        QCOMPARE(applied, (QStringList { u"7.title=B"_s, u"7.title=A"_s, u"7.title=B"_s }));
        QCOMPARE(history->redoText(), u"Redo Title Change"_s);
    }

    void aNewEditDropsTheRedoSteps()
    {
        EditHistory *history = makeHistory();
        history->record({ 1, u"artist"_s, u"X"_s, u"Y"_s, u"Artist Change"_s });
        history->undo();
        QVERIFY(history->canRedo());
        history->record({ 1, u"artist"_s, u"X"_s, u"Z"_s, u"Artist Change"_s });
        QVERIFY(!history->canRedo());
        history->redo(); // nothing to redo: nothing applied
        QCOMPARE(applied, QStringList { u"1.artist=X"_s });
    }

    void aCompoundStepIsUndoneInReverseAndRedoneInOrder()
    {
        EditHistory *history = makeHistory();
        QSignalSpy changed(history, &EditHistory::changed);
        history->perform({ { { 3, u"plan"_s, u"P"_s, u""_s, {} }, { 3, u"record"_s, u"R"_s, u""_s, {} } },
            u"Delete Release"_s });
        QCOMPARE(applied, (QStringList { u"3.plan="_s, u"3.record="_s }));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(history->undoText(), u"Undo Delete Release"_s);
        applied.clear();
        history->undo();
        QCOMPARE(applied, (QStringList { u"3.record=R"_s, u"3.plan=P"_s }));
        QVERIFY(!history->canUndo());
        applied.clear();
        history->redo();
        QCOMPARE(applied, (QStringList { u"3.plan="_s, u"3.record="_s }));
        history->record(EditStep {}); // an empty step is no step
        QCOMPARE(history->undoText(), u"Undo Delete Release"_s);
    }

    void undoOnAnEmptyHistoryDoesNothing()
    {
        EditHistory *history = makeHistory();
        history->undo();
        history->redo();
        QVERIFY(applied.isEmpty());
        QVERIFY(history->undoText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEditHistory)
#include "tst_edithistory.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "gui/AppSettings.h"
#include "gui/TableColumns.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Imprint::AppSettings;
using Imprint::TableColumns;

/// A table's shown columns and widths: the layout a view asks for and what the next start of
/// Imprint finds in the state file.
class TestTableColumns : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

    // title (flexible 0.6), artist (flexible 0.4), bpm (80 px), isrc (120 px, hidden by default)
    std::unique_ptr<TableColumns> columns()
    {
        auto c = std::make_unique<TableColumns>();
        c->setKeys({ u"title"_s, u"artist"_s, u"bpm"_s, u"isrc"_s });
        c->setDefaultWidths({ 0.6, 0.4, 80, 120 });
        c->setDefaultHidden({ u"isrc"_s });
        c->setTable(u"tracks"_s);
        c->setSettings(m_settings.get());
        return c;
    }
    // As the next start would: KSharedConfig keeps a file's state while anything holds it.
    void reopen()
    {
        m_settings.reset();
        m_settings = std::make_unique<AppSettings>(
            KSharedConfig::openConfig(m_dir.filePath(u"imprintstaterc"_s), KConfig::SimpleConfig));
    }

private Q_SLOTS:
    void init()
    {
        m_settings.reset();
        QFile::remove(m_dir.filePath(u"imprintstaterc"_s));
        reopen();
    }

    void defaultsShareTheWidthTheFixedColumnsLeave()
    {
        auto c = columns();
        QVERIFY(c->isShown(0) && c->isShown(2));
        QVERIFY(!c->isShown(3));
        QCOMPARE(c->width(3, 1080), 0.0); // hidden
        QCOMPARE(c->width(2, 1080), 80.0);
        QCOMPARE(c->width(0, 1080), 600.0); // (1080 − 80) × 0.6
        QCOMPARE(c->width(1, 1080), 400.0);
        // Never narrower than readable, even in a narrow window.
        QCOMPARE(c->width(1, 200), qreal(TableColumns::minimumFlexibleWidth));
    }

    void showingAndHidingIsRememberedButOneColumnStays()
    {
        {
            auto c = columns();
            QSignalSpy changed(c.get(), &TableColumns::changed);
            c->setShown(3, true);
            c->setShown(2, false);
            QCOMPARE(changed.count(), 2);
            QCOMPARE(c->width(2, 1080), 0.0);
            QCOMPARE(c->width(0, 1080), (1080 - 120) * 0.6); // the flexible ones take the space
        }
        reopen();
        auto c = columns();
        QVERIFY(c->isShown(3));
        QVERIFY(!c->isShown(2));
        c->setShown(0, false);
        c->setShown(1, false);
        QVERIFY(c->isLastShown(3));
        c->setShown(3, false); // refused: a table with no column
        QVERIFY(c->isShown(3));
    }

    void resizedWidthsAreKeptOnSaveAndResetForgetsThem()
    {
        {
            auto c = columns();
            c->resize(0, 300.4);
            c->resize(2, 5); // not narrower than a grip
            QCOMPARE(c->width(0, 1080), 300.0);
            QCOMPARE(c->width(2, 1080), qreal(TableColumns::minimumWidth));
            // The other flexible column takes all that is left.
            QCOMPARE(c->width(1, 1080), 1080.0 - 300 - TableColumns::minimumWidth);
            c->save();
        }
        reopen();
        auto c = columns();
        QCOMPARE(c->width(0, 1080), 300.0);
        c->resetWidths();
        QCOMPARE(c->width(0, 1080), 600.0);
        reopen();
        QCOMPARE(columns()->width(0, 1080), 600.0);
    }

    void withoutSettingsNothingIsKept()
    {
        TableColumns c;
        c.setKeys({ u"a"_s, u"b"_s });
        c.setDefaultWidths({ 50, 1 });
        c.setShown(0, false);
        c.resize(1, 90);
        c.save();
        QCOMPARE(c.width(0, 500), 0.0);
        QCOMPARE(c.width(1, 500), 90.0);
    }
};

QTEST_MAIN(TestTableColumns)

#include "tst_tablecolumns.moc"

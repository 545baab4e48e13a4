// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "gui/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Qt::StringLiterals;
using Imprint::AppSettings;

/// The KConfig adapter behind what the GUI remembers, on a temporary state file: each check
/// writes with one AppSettings and reads with a fresh one on the same file, as the next start
/// of Imprint would.
class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString configPath() const { return m_dir.filePath(u"imprintstaterc"_s); }
    std::unique_ptr<AppSettings> open() const
    {
        return std::make_unique<AppSettings>(KSharedConfig::openConfig(configPath(), KConfig::SimpleConfig));
    }
    QString makeCatalog(int n) const
    {
        const QString path = m_dir.filePath(u"catalog %1.sqlite"_s.arg(n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qWarning() << "cannot create" << path;
        return path;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(configPath());
    }

    void recentCatalogsAreRememberedMostRecentFirst()
    {
        const QString a = makeCatalog(1), b = makeCatalog(2);
        {
            auto settings = open();
            QSignalSpy changed(settings.get(), &AppSettings::recentCatalogsChanged);
            settings->addRecentCatalog(a);
            settings->addRecentCatalog(b);
            settings->addRecentCatalog(a); // opened again: moves to the front, once
            QCOMPARE(changed.count(), 3);
        }
        QCOMPARE(open()->recentCatalogs(), QStringList({ a, b }));
    }

    void teamCatalogsAreRememberedByTheirAddress()
    {
        // A server address is not a file: it stays as typed (it holds no password) and is not
        // dropped for not existing on disk.
        const QString file = makeCatalog(1);
        const QString team = u"postgresql://me@catalog.example.org/label"_s;
        {
            auto settings = open();
            settings->addRecentCatalog(file);
            settings->addRecentCatalog(team);
        }
        QCOMPARE(open()->recentCatalogs(), QStringList({ team, file }));
    }

    void openRecentNamesAFileByItsNameAndATeamCatalogByDatabaseAndServer()
    {
        const auto settings = open();
        QCOMPARE(settings->recentCatalogName(u"/home/me/Music/Label.sqlite"_s), u"Label.sqlite"_s);
        QCOMPARE(settings->recentCatalogName(u"postgresql://me@catalog.example.org:5433/label"_s),
            u"label on catalog.example.org"_s);
        // A server reached through a socket folder runs on this computer; the end of the
        // address ("user=me") names nothing.
        QCOMPARE(settings->recentCatalogName(u"postgresql:///label?host=/run/postgresql&user=me"_s),
            u"label on this computer"_s);
    }

    void recentCatalogsAreCapped()
    {
        QStringList paths;
        {
            auto settings = open();
            for (int i = 0; i < AppSettings::maxRecentCatalogs + 3; ++i) {
                paths.prepend(makeCatalog(i));
                settings->addRecentCatalog(paths.constFirst());
            }
        }
        const QStringList recent = open()->recentCatalogs();
        QCOMPARE(recent.size(), AppSettings::maxRecentCatalogs);
        QCOMPARE(recent, paths.first(AppSettings::maxRecentCatalogs));
    }

    void recentCatalogsSkipDeletedFilesAndClear()
    {
        const QString kept = makeCatalog(1), gone = makeCatalog(2);
        auto settings = open();
        settings->addRecentCatalog(kept);
        settings->addRecentCatalog(gone);
        QVERIFY(QFile::remove(gone));
        QCOMPARE(settings->recentCatalogs(), QStringList { kept });
        settings->clearRecentCatalogs();
        QVERIFY(open()->recentCatalogs().isEmpty());
    }

    void windowSizePersists()
    {
        {
            QWindow window;
            window.resize(700, 520);
            window.create();
            open()->saveWindow(&window);
        }
        QWindow window;
        window.resize(300, 200);
        window.create();
        open()->restoreWindow(&window);
        QCOMPARE(window.size(), QSize(700, 520));
    }

    void splitterStatePersists()
    {
        const QByteArray state("\x01\x02 splitter state", 17);
        open()->setSplitterState(u"catalog"_s, state);
        QCOMPARE(open()->splitterState(u"catalog"_s), state);
        QVERIFY(open()->splitterState(u"quality"_s).isEmpty());
    }

    void columnWidthsAndHiddenColumnsPersistPerTable()
    {
        QVERIFY(!open()->hiddenColumns(u"tracks"_s)); // never chosen: the view's defaults apply
        QVERIFY(open()->columnWidths(u"tracks"_s).isEmpty());
        open()->setColumnWidths(u"tracks"_s, { { u"title"_s, 240 }, { u"bpm"_s, 64 } });
        open()->setHiddenColumns(u"tracks"_s, { u"isrc"_s, u"format"_s });
        open()->setHiddenColumns(u"quality"_s, {});
        const QHash<QString, int> widths { { u"title"_s, 240 }, { u"bpm"_s, 64 } };
        QCOMPARE(open()->columnWidths(u"tracks"_s), widths);
        QCOMPARE(open()->hiddenColumns(u"tracks"_s), QStringList({ u"isrc"_s, u"format"_s }));
        // Hiding none is a choice too, not "never chosen".
        QCOMPARE(open()->hiddenColumns(u"quality"_s), QStringList());
        QVERIFY(open()->columnWidths(u"quality"_s).isEmpty());
        // Saving widths replaces the old set: a reset forgets them.
        open()->setColumnWidths(u"tracks"_s, {});
        QVERIFY(open()->columnWidths(u"tracks"_s).isEmpty());
    }

    void dialogsStartInTheRememberedFolderElseMusicOrDocuments()
    {
        auto settings = open();
        const QString music = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(music) && QDir().mkpath(documents));
        QCOMPARE(settings->startFolder(u"import"_s), QUrl::fromLocalFile(music));
        QCOMPARE(settings->proposedFile(u"export"_s, u"Plan.ics"_s),
            QUrl::fromLocalFile(QDir(documents).filePath(u"Plan.ics"_s)));
        const QString chosen = makeCatalog(7);
        settings->rememberFolder(u"export"_s, QUrl::fromLocalFile(chosen));
        QCOMPARE(open()->startFolder(u"export"_s), QUrl::fromLocalFile(m_dir.path()));
        // A remembered folder that was deleted falls back again.
        settings->rememberFolder(u"audio"_s, QUrl::fromLocalFile(m_dir.filePath(u"gone/take.wav"_s)));
        QCOMPARE(open()->startFolder(u"audio"_s), QUrl::fromLocalFile(music));
    }
};

QTEST_MAIN(TestAppSettings)

#include "tst_appsettings.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// Two people on one catalog (issue 16, item 3): what the edit-conflict tests share.
#pragma once

#include "CatalogSession.h"
#include "TestCatalog.h"
#include "credits/CreditsCatalog.h"
#include "tracks/TrackTableModel.h"

#include <QSqlQuery>
#include <QtTest>

namespace Imprint
{

using namespace Qt::StringLiterals;

class EditConflictFixture : public QObject
{
protected:
    // Two people on one catalog, each with a session, and the first track both see.
    struct TwoPeople {
        explicit TwoPeople(int tracks)
            : catalog(tracks)
            , mine(catalog.store())
            , theirs(catalog.store())
        {
        }
        Test::TestCatalog catalog;
        CatalogSession mine;
        CatalogSession theirs;
        qint64 track = 0;
    };

    static void load(TwoPeople &people)
    {
        Test::loadSession(people.mine);
        Test::loadSession(people.theirs);
        TrackTableModel *table = people.mine.trackTable();
        people.track = table->data(table->index(0, 0), TrackTableModel::IdRole).toLongLong();
    }

    // Both show the track (its credits and splits load with it).
    static void loadWithTrackShown(TwoPeople &people)
    {
        load(people);
        for (CatalogSession *session : { &people.mine, &people.theirs }) {
            session->setCurrentTrackId(people.track);
            settle(*session);
        }
    }

    // Waits for the session's writes and for what they report back to the GUI thread.
    static void settle(CatalogSession &session)
    {
        session.waitForIdle();
        QCoreApplication::processEvents();
        session.waitForIdle();
        QCoreApplication::processEvents();
    }

    // A column of a track (or of another table's row) as stored ("<null>" for NULL).
    static QString stored(
        const CatalogStore &store, qint64 id, const QString &column, const QString &table = u"tracks"_s)
    {
        return Test::stored(store, id, column, table);
    }

    // A work made by the first person, then seen by both.
    static qint64 createdWork(TwoPeople &people, const QString &title)
    {
        if (!people.mine.credits()->createWork(title))
            return 0;
        settle(people.mine);
        Test::loadSession(people.theirs);
        return people.mine.credits()->currentWorkId();
    }

    // A party made by the first person, then seen by both.
    static qint64 createdParty(TwoPeople &people, const QString &name)
    {
        if (!people.mine.credits()->createParty(name))
            return 0;
        settle(people.mine);
        Test::loadSession(people.theirs);
        return people.mine.credits()->currentPartyId();
    }

    // An artwork file of a release, as Set Artwork stores it (the file itself is not needed here).
    static qint64 coverAsset(const CatalogStore &store, qint64 release, const QString &path)
    {
        QSqlQuery query(store.connection());
        query.prepare(u"INSERT INTO assets (rel_path, kind, release_id, size, mtime_ms) "
                      "VALUES (?, 'artwork', ?, 1, 1) RETURNING id"_s);
        query.addBindValue(path);
        query.addBindValue(release);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    // The release's cover as stored (0 for none).
    static qint64 storedCover(const CatalogStore &store, qint64 release)
    {
        return stored(store, release, u"artwork_asset_id"_s, u"releases"_s).toLongLong();
    }

    // The two answers to the dialog, as test data.
    static void useMineOrKeepTheirs()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("use mine") << true;
        QTest::newRow("keep theirs") << false;
    }

    static QVariantMap share(const QString &party, const QString &percent, const QString &role = {})
    {
        return { { u"partyName"_s, party }, { u"percent"_s, percent }, { u"role"_s, role } };
    }

    // The split set as stored: "party share" lines in the catalog's order.
    static QString storedShares(
        const CatalogStore &store, const QString &table, const QString &owner, qint64 id)
    {
        QSqlQuery query(store.connection());
        query.prepare(u"SELECT p.name, s.share_bp FROM %1 s JOIN parties p ON p.id = s.party_id "
                      "WHERE s.%2 = ? ORDER BY s.share_bp DESC, p.name"_s.arg(table, owner));
        query.addBindValue(id);
        QStringList lines;
        if (query.exec()) {
            while (query.next())
                lines.append(u"%1 %2"_s.arg(query.value(0).toString(), query.value(1).toString()));
        }
        return lines.join(u"; "_s);
    }

    static qint64 trackAt(CatalogSession &session, int row)
    {
        TrackTableModel *table = session.trackTable();
        return table->data(table->index(row, 0), TrackTableModel::IdRole).toLongLong();
    }

    static QString shown(CatalogSession &session, qint64 track, TrackTableModel::Role role)
    {
        TrackTableModel *table = session.trackTable();
        return table->data(table->index(table->rowOf(track), 0), role).toString();
    }
};

} // namespace Imprint

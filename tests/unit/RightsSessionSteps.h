// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Steps the rights page's tests share: a session's rights read, an edit's results waited for.
#pragma once

#include "CatalogSession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

namespace RightsSteps
{

using namespace Qt::StringLiterals;

inline void load(Imprint::CatalogSession &session)
{
    QSignalSpy reloaded(session.rights(), &Imprint::RightsCatalog::reloaded);
    session.reload();
    QVERIFY(reloaded.wait(5000));
    session.waitForIdle();
}

inline void settle(Imprint::CatalogSession &session)
{
    // An edit writes, then re-reads; wait until both results are in.
    for (int i = 0; i < 3; ++i) {
        session.rights()->waitForIdle();
        if (!session.rights()->isLoading())
            return;
        QSignalSpy reloaded(session.rights(), &Imprint::RightsCatalog::reloaded);
        reloaded.wait(2000);
    }
}

// The first column of sql's first row, "<missing>" when there is none.
inline QString stored(const Imprint::CatalogStore &store, const QString &sql)
{
    QSqlQuery query(store.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : u"<missing>"_s;
}

} // namespace RightsSteps

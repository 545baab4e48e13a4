// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace Imprint
{

/// A read of the catalog that can run on a thread of its own, with a connection of its own,
/// while the catalog thread does other work: a session's reload reads the track table, every
/// track's rights and its audio checks at once (issue 18).
///
/// start() it from a task on the catalog thread, so that it sees every write posted before, and
/// take its result in a task posted together with that one, before any later write can run: then
/// nothing this process writes lands while it reads. A read that was never started, or whose
/// thread could not connect, runs when its result is asked for, on the connection given, once:
/// several threads may ask, and a start() that comes after an asker ran the read does nothing.
class CatalogReadAhead
{
public:
    CatalogReadAhead(const CatalogReadAhead &) = delete;
    CatalogReadAhead &operator=(const CatalogReadAhead &) = delete;
    virtual ~CatalogReadAhead();

    /// Starts the read on a thread of its own; once at most.
    void start();
    /// Whether its result is there to take without waiting: the read has run.
    bool isReady() const;
    /// Whether it was started (and an asker would wait for its thread rather than read).
    bool isStarted() const;

protected:
    explicit CatalogReadAhead(const CatalogStore &store);
    /// Waits for a started read, or runs it on db if it was never started.
    void finish(QSqlDatabase db);
    /// Waits for the thread, if any: before the result it writes goes away.
    void join();
    virtual void run(QSqlDatabase db, QString *error) = 0;

    QString m_error;

private:
    CatalogStore m_store;
    mutable QMutex m_mutex; ///< start() and finish() decide under it whether the read is still to run
    std::unique_ptr<QThread> m_thread;
    bool m_ranOnThread = false; ///< written by the thread, read after it ended
    bool m_done = false;
};

/// A CatalogReadAhead whose read returns a value: read(db, &error).
template<typename Result>
class CatalogRead final : public CatalogReadAhead
{
public:
    using Read = std::function<Result(QSqlDatabase db, QString *error)>;

    CatalogRead(const CatalogStore &store, Read read)
        : CatalogReadAhead(store)
        , m_read(std::move(read))
    {
    }
    ~CatalogRead() override { join(); }

    /// The read's result, waited for (or read on db); *error says why it failed.
    const Result &result(QSqlDatabase db, QString *error)
    {
        finish(db);
        if (error && !m_error.isEmpty())
            *error = m_error;
        return m_result;
    }

private:
    void run(QSqlDatabase db, QString *error) override { m_result = m_read(db, error); }

    Read m_read;
    Result m_result {};
};

} // namespace Imprint

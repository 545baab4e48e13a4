// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

class QThread;

namespace Imprint
{

/// File › Open Team Catalog…: checks a team catalog's server address before Imprint switches to
/// it, so a typo, an unreachable server or a missing password is said in the dialog instead of
/// ending in a window that does not open. The connection is tried off the GUI thread; a password
/// typed for it is kept in memory only (ServerCredentials).
class TeamCatalogCheck : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// Why the last check failed, for people; empty after one that succeeded.
    Q_PROPERTY(QString problem READ problem NOTIFY finished)
    /// The server asked for a password that libpq found nowhere (or a wrong one was typed).
    Q_PROPERTY(bool needsPassword READ needsPassword NOTIFY finished)

public:
    explicit TeamCatalogCheck(QObject *parent = nullptr);
    ~TeamCatalogCheck() override;

    bool isBusy() const { return m_thread != nullptr; }
    QString problem() const { return m_problem; }
    bool needsPassword() const { return m_needsPassword; }

    /// What is wrong with address as a team catalog address, for under the field; empty when it
    /// is one (or nothing is typed yet).
    Q_INVOKABLE QString addressProblem(const QString &address) const;
    /// Opens the catalog at address (creating its tables on an empty database, as a new catalog
    /// file is made) with password when one is given; ready() when it could. Ignored while busy.
    Q_INVOKABLE void check(const QString &address, const QString &password);

Q_SIGNALS:
    void busyChanged();
    void finished();
    /// The catalog at address opened: Imprint can switch to it.
    void ready(const QString &address);

private:
    void onChecked(const QString &address, const QString &error);

    QThread *m_thread = nullptr;
    QString m_problem;
    bool m_needsPassword = false;
};

} // namespace Imprint

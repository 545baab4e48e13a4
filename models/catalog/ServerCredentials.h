// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint::ServerCredentials
{

/// Passwords for team catalogs that the user typed in this run (Open Team Catalog…), by server
/// address, for ServerAddress::configure(). Kept in memory only: never in settings or a file.
/// Addresses without one here use libpq's own sources (PGPASSWORD, ~/.pgpass, a service file).
void remember(const QString &address, const QString &password);
QString password(const QString &address);

/// Moves PGPASSWORD from the environment into memory for address, so that programs this process
/// starts (decoders, a file manager) do not inherit it. For the GUI, which passes a typed
/// password to the process it restarts as on a catalog switch.
void takeFromEnvironment(const QString &address);

/// Whether the server's refusal to connect to address asks for a password: libpq's "no password
/// supplied" (never translated), or the server's "password authentication failed", in English
/// or German server messages. The address itself is not read (a user name may hold the word).
bool asksForPassword(const QString &address, const QString &refusal);

} // namespace Imprint::ServerCredentials

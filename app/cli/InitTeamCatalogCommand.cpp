// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "InitTeamCatalogCommand.h"

#include "OpenCatalog.h"
#include "Output.h"
#include "catalog/CatalogStore.h"
#include "catalog/TeamRoles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QJsonObject roleJson(const QString &role, const QStringList &members)
{
    return { { u"role"_s, role }, { u"members"_s, QJsonArray::fromStringList(members) } };
}

} // namespace

QList<QCommandLineOption> teamRoleOptions()
{
    return {
        QCommandLineOption(u"owner"_s,
            Text::tr("init-team-catalog: a login role that owns the catalog: may also upgrade it "
                     "(repeatable)."),
            u"LOGIN"_s),
        QCommandLineOption(u"editor"_s,
            Text::tr("init-team-catalog: a login role that may change the catalog (repeatable)."),
            u"LOGIN"_s),
        QCommandLineOption(u"viewer"_s,
            Text::tr("init-team-catalog: a login role that may only read it (repeatable)."), u"LOGIN"_s),
    };
}

int runInitTeamCatalog(const QStringList &args, const QCommandLineParser &parser, bool json)
{
    if (args.size() != 1 || !CatalogStore(args.constFirst()).isOnServer()) {
        print(stderr,
            Text::tr("usage: imprint init-team-catalog postgresql://USER@HOST/DATABASE [--owner LOGIN]… "
                     "[--editor LOGIN]… [--viewer LOGIN]…"));
        return 2;
    }
    const CatalogStore store(args.constFirst());
    if (!openCatalogToCreate(store))
        return 1;
    const TeamRoles::Members members { parser.values(u"owner"_s), parser.values(u"editor"_s),
        parser.values(u"viewer"_s) };
    QSqlDatabase db = store.connection();
    TeamRoles::Names roles;
    QString error;
    if (!TeamRoles::initialize(db, members, &roles, &error)) {
        print(stderr, Text::tr("imprint: the team catalog's roles were not set up: %1").arg(error));
        return 1;
    }
    if (json) {
        printJson(QJsonObject { { u"catalog"_s, store.path() },
            { u"owner"_s, roleJson(roles.owner, members.owners) },
            { u"editor"_s, roleJson(roles.editor, members.editors) },
            { u"viewer"_s, roleJson(roles.viewer, members.viewers) } });
        return 0;
    }
    print(stdout, Text::tr("Team catalog %1 is ready.").arg(store.path()));
    print(stdout,
        Text::tr("Roles: %1 (reads), %2 (also changes), %3 (also upgrades). To add people, run this "
                 "command again with --viewer, --editor or --owner LOGIN.")
            .arg(roles.viewer, roles.editor, roles.owner));
    const QList<QPair<QString, QStringList>> groups { { roles.owner, members.owners },
        { roles.editor, members.editors }, { roles.viewer, members.viewers } };
    for (const auto &[role, people] : groups) {
        if (!people.isEmpty())
            print(stdout, u"%1: %2"_s.arg(role, people.join(u", "_s)));
    }
    return 0;
}

} // namespace Imprint::CommandLine

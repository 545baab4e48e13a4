// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleaseTypeName.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseTypeName)
};

} // namespace

QString releaseTypeName(const QString &type)
{
    if (type == u"single")
        return Text::tr("Single");
    if (type == u"ep")
        //: The release type (extended play)
        return Text::tr("EP");
    if (type == u"album")
        return Text::tr("Album");
    if (type == u"compilation")
        return Text::tr("Compilation");
    return type;
}

} // namespace Imprint

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AppInfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Imprint::AppInfo
{

void apply()
{
    QCoreApplication::setApplicationName(u"imprint"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IMPRINT_VERSION));
    QCoreApplication::setOrganizationDomain(u"imprint.app"_s);
    QGuiApplication::setApplicationDisplayName(u"Imprint"_s);
    QGuiApplication::setDesktopFileName(u"app.imprint.Imprint"_s);
}

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is the source language; its file only holds plural forms ("1 track", "2 tracks"),
    // and it is the fallback for languages Imprint has no translation for.
    auto *imprint = new QTranslator(&app);
    if (imprint->load(locale, u"imprint"_s, u"_"_s, u":/i18n"_s)
        || imprint->load(u"imprint_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(imprint);
}

} // namespace Imprint::AppInfo

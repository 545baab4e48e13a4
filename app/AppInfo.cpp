// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AppInfo.h"

#include <KAboutData>

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

void registerAboutData()
{
    KAboutData about(QCoreApplication::applicationName(), QGuiApplication::applicationDisplayName(),
        QCoreApplication::applicationVersion(),
        QCoreApplication::translate(
            "AppInfo", "Catalog, audio checks, rights and release planning for independent music creators"),
        KAboutLicense::GPL_V3, QCoreApplication::translate("AppInfo", "© 2026 Imprint contributors"));
    about.setOtherText(QCoreApplication::translate("AppInfo",
        "Imprint turns a folder of takes into a label-grade catalog: metadata and credits, audio checks "
        "against delivery profiles, rights and clearance per track, and a release plan."));
    about.setLicense(KAboutLicense::GPL_V3, KAboutLicense::OrLaterVersions);
    about.setDesktopFileName(QGuiApplication::desktopFileName());
    // KDE's bug tracker is the default; Imprint has no public tracker yet, so About offers none.
    about.setBugAddress(QByteArray());
    about.setOrganizationDomain(QCoreApplication::organizationDomain().toUtf8());
    about.addComponent(u"TagLib"_s, QCoreApplication::translate("AppInfo", "Reads and writes tags"));
    about.addComponent(u"libsndfile"_s, QCoreApplication::translate("AppInfo", "Decodes audio files"));
    about.addComponent(u"KArchive"_s, QCoreApplication::translate("AppInfo", "Writes and reads packages"));
    KAboutData::setApplicationData(about);
}

} // namespace Imprint::AppInfo

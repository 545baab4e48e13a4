// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

class QCoreApplication;

namespace Imprint::AppInfo
{

/// Names, version and desktop id, shared by the GUI and the command line.
void apply();

/// Loads Imprint's and Qt's translations for the user's languages.
void installTranslations(QCoreApplication &app);

/// Registers Imprint's KAboutData (what Help › About shows: version, description, licence,
/// copyright, the libraries in use) as the application's. Call after installTranslations, so
/// the texts are in the user's language.
void registerAboutData();

} // namespace Imprint::AppInfo

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <KSharedConfig>

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QJSEngine;
class QQmlEngine;
class QWindow;

namespace Imprint
{

/// What the GUI remembers between runs, kept with KConfig (the state file, imprintstaterc):
/// the window's size and position, splitter positions, the folder last used per kind of file
/// dialog, the recently opened catalogs and each table's column widths and hidden columns.
/// The only file that touches KConfig.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// Most recent first, at most maxRecentCatalogs, without files that no longer exist.
    Q_PROPERTY(QStringList recentCatalogs READ recentCatalogs NOTIFY recentCatalogsChanged)

public:
    static constexpr int maxRecentCatalogs = 10;

    explicit AppSettings(KSharedConfigPtr config, QObject *parent = nullptr);
    /// The QML singleton: the application's state configuration.
    static AppSettings *create(QQmlEngine *, QJSEngine *);

    QStringList recentCatalogs() const;
    /// Puts path first in the recent catalogs (once) and writes the list at once.
    Q_INVOKABLE void addRecentCatalog(const QString &path);
    Q_INVOKABLE void clearRecentCatalogs();
    /// How Open Recent names a catalog: a file by its file name, a team catalog by its database
    /// and server ("label on db.example.com"), as the end of its address names neither.
    Q_INVOKABLE QString recentCatalogName(const QString &location) const;

    /// A SplitView's saveState() under key ("catalog", …); empty when never saved.
    Q_INVOKABLE QByteArray splitterState(const QString &key) const;
    Q_INVOKABLE void setSplitterState(const QString &key, const QByteArray &state);

    /// The widths the user gave the columns of a table ("tracks", "quality"), by column key;
    /// columns never resized are missing.
    QHash<QString, int> columnWidths(const QString &table) const;
    void setColumnWidths(const QString &table, const QHash<QString, int> &widths);
    /// The keys of the columns the user hid in a table; nullopt when never chosen.
    std::optional<QStringList> hiddenColumns(const QString &table) const;
    void setHiddenColumns(const QString &table, const QStringList &keys);

    /// The folder a file dialog of this kind ("import", "export", "documents", "audio",
    /// "images", "catalog") last used, else the user's Music (audio) or Documents folder.
    Q_INVOKABLE QUrl startFolder(const QString &kind) const;
    /// startFolder(kind) with fileName in it (characters no file system takes in a name, such
    /// as '/', made '-'): what a save dialog proposes.
    Q_INVOKABLE QUrl proposedFile(const QString &kind, const QString &fileName) const;
    /// Remembers the folder of a file or folder the user chose in a dialog of this kind.
    Q_INVOKABLE void rememberFolder(const QString &kind, const QUrl &fileOrFolder);

    /// The window's size and position as KWindowConfig stores them (per screen arrangement).
    void saveWindow(QWindow *window);
    void restoreWindow(QWindow *window) const;

Q_SIGNALS:
    void recentCatalogsChanged();

private:
    KSharedConfigPtr m_config;
};

} // namespace Imprint

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AppSettings.h"

#include "DialogFolders.h"
#include "catalog/ServerAddress.h"

#include <KConfigGroup>
#include <KWindowConfig>

#include <QDir>
#include <QFileInfo>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{
constexpr auto recentGroup = "RecentCatalogs"_L1;
constexpr auto recentKey = "Files"_L1;
constexpr auto splitterGroup = "Splitters"_L1;
constexpr auto folderGroup = "Folders"_L1;
constexpr auto windowGroup = "MainWindow"_L1;
constexpr auto columnsGroup = "Columns"_L1;
constexpr auto widthsGroup = "Widths"_L1;
constexpr auto hiddenKey = "Hidden"_L1;
} // namespace

AppSettings::AppSettings(KSharedConfigPtr config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    return new AppSettings(KSharedConfig::openStateConfig());
}

QStringList AppSettings::recentCatalogs() const
{
    QStringList existing;
    for (const QString &path : m_config->group(recentGroup).readEntry(recentKey, QStringList())) {
        // A team catalog's server address stays (it holds no password); a file only while it is there.
        if ((ServerAddress::isServerAddress(path) || QFileInfo::exists(path))
            && existing.size() < maxRecentCatalogs)
            existing.append(path);
    }
    return existing;
}

void AppSettings::addRecentCatalog(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString absolute = ServerAddress::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList paths = m_config->group(recentGroup).readEntry(recentKey, QStringList());
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maxRecentCatalogs)
        paths.removeLast();
    KConfigGroup group = m_config->group(recentGroup);
    group.writeEntry(recentKey, paths);
    m_config->sync();
    Q_EMIT recentCatalogsChanged();
}

void AppSettings::clearRecentCatalogs()
{
    m_config->group(recentGroup).deleteEntry(recentKey);
    m_config->sync();
    Q_EMIT recentCatalogsChanged();
}

QString AppSettings::recentCatalogName(const QString &location) const
{
    if (!ServerAddress::isServerAddress(location))
        return QFileInfo(location).fileName();
    const ServerAddress server = ServerAddress::parse(location);
    if (!server.isValid())
        return location;
    // No host, or a socket folder: the server runs on this computer.
    const QString host
        = server.host().isEmpty() || server.host().startsWith(u'/') ? tr("this computer") : server.host();
    return tr("%1 on %2", "a team catalog: its database on its server").arg(server.database(), host);
}

QByteArray AppSettings::splitterState(const QString &key) const
{
    return m_config->group(splitterGroup).readEntry(key, QByteArray());
}

void AppSettings::setSplitterState(const QString &key, const QByteArray &state)
{
    KConfigGroup group = m_config->group(splitterGroup);
    group.writeEntry(key, state);
    m_config->sync();
}

QHash<QString, int> AppSettings::columnWidths(const QString &table) const
{
    const KConfigGroup group = m_config->group(columnsGroup).group(table).group(widthsGroup);
    QHash<QString, int> widths;
    for (const QString &key : group.keyList()) {
        const int width = group.readEntry(key, 0);
        if (width > 0)
            widths.insert(key, width);
    }
    return widths;
}

void AppSettings::setColumnWidths(const QString &table, const QHash<QString, int> &widths)
{
    KConfigGroup group = m_config->group(columnsGroup).group(table).group(widthsGroup);
    group.deleteGroup();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        group.writeEntry(it.key(), it.value());
    m_config->sync();
}

std::optional<QStringList> AppSettings::hiddenColumns(const QString &table) const
{
    const KConfigGroup group = m_config->group(columnsGroup).group(table);
    if (!group.hasKey(hiddenKey))
        return std::nullopt;
    return group.readEntry(hiddenKey, QStringList());
}

void AppSettings::setHiddenColumns(const QString &table, const QStringList &keys)
{
    KConfigGroup group = m_config->group(columnsGroup).group(table);
    group.writeEntry(hiddenKey, keys);
    m_config->sync();
}

QUrl AppSettings::startFolder(const QString &kind) const
{
    const QString remembered = m_config->group(folderGroup).readEntry(kind, QString());
    const QString folder = QFileInfo(remembered).isDir() ? remembered : DialogFolders::fallback(kind);
    return QUrl::fromLocalFile(folder);
}

QUrl AppSettings::proposedFile(const QString &kind, const QString &fileName) const
{
    // A title can hold characters no file system takes in a name ("AC/DC").
    QString name = fileName.trimmed();
    for (QChar &c : name) {
        if (u"/\\:*?\"<>|"_s.contains(c))
            c = u'-';
    }
    return QUrl::fromLocalFile(QDir(startFolder(kind).toLocalFile()).filePath(name));
}

void AppSettings::rememberFolder(const QString &kind, const QUrl &fileOrFolder)
{
    const QFileInfo info(fileOrFolder.toLocalFile());
    if (fileOrFolder.isEmpty() || !fileOrFolder.isLocalFile())
        return;
    KConfigGroup group = m_config->group(folderGroup);
    group.writeEntry(kind, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    m_config->sync();
}

void AppSettings::saveWindow(QWindow *window)
{
    KConfigGroup group = m_config->group(windowGroup);
    KWindowConfig::saveWindowSize(window, group);
    KWindowConfig::saveWindowPosition(window, group);
    m_config->sync();
}

void AppSettings::restoreWindow(QWindow *window) const
{
    const KConfigGroup group = m_config->group(windowGroup);
    KWindowConfig::restoreWindowSize(window, group);
    KWindowConfig::restoreWindowPosition(window, group);
}

} // namespace Imprint

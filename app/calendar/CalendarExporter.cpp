// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CalendarExporter.h"

#include "calendar/CalendarExport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Imprint
{

CalendarExporter::CalendarExporter(QObject *parent)
    : QObject(parent)
{
}

void CalendarExporter::setSession(CatalogSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QString CalendarExporter::suggestedName(qint64 releaseId) const
{
    const ReleasePlan *plan = m_session && releaseId != 0 ? m_session->planning()->plan(releaseId) : nullptr;
    if (!plan || plan->title.trimmed().isEmpty())
        return u"release-plan.ics"_s;
    // Keep letters and digits of any script; anything a file system could object to becomes "-".
    static const QRegularExpression unsafe(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QString name = plan->title.trimmed().toLower().replace(unsafe, u"-"_s);
    while (name.endsWith(u'-'))
        name.chop(1);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    return (name.isEmpty() ? u"release"_s : name) + u"-plan.ics"_s;
}

QUrl CalendarExporter::suggestedFolder() const
{
    const QString folder = m_lastFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastFolder;
    return QUrl::fromLocalFile(folder.isEmpty() ? QDir::homePath() : folder);
}

QUrl CalendarExporter::suggestedFile(qint64 releaseId) const
{
    return QUrl::fromLocalFile(QDir(suggestedFolder().toLocalFile()).filePath(suggestedName(releaseId)));
}

void CalendarExporter::exportTo(const QUrl &file, qint64 releaseId)
{
    if (m_running || !m_session)
        return;
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString(QUrl::PreferLocalFile);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ics"_s;
    m_running = true;
    m_lastFolder = QFileInfo(path).absolutePath();
    Q_EMIT runningChanged();
    const QList<ReleasePlan> plans = m_session->planning()->plans(); // what the user sees
    auto future = QtConcurrent::run(
        [plans, path, releaseId] { return CalendarExport::exportPlans(plans, path, releaseId); });
    future.then(this, [this](const CalendarExport::Result &result) {
        m_running = false;
        m_succeeded = result.ok();
        m_message = result.ok()
            ? tr("Exported %n release(s) and %1 milestone(s) to %2", nullptr, result.releases)
                  .arg(result.milestones)
                  .arg(QFileInfo(result.file).fileName())
            : result.error;
        Q_EMIT runningChanged();
        Q_EMIT finished();
    });
}

} // namespace Imprint

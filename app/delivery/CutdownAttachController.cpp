// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CutdownAttachController.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Imprint
{

CutdownAttachController::CutdownAttachController(QObject *parent)
    : TrackFileJob(parent)
{
}

QString CutdownAttachController::summaryText() const
{
    if (!hasResult())
        return {};
    if (m_result.cancelled)
        return tr("Stopped: no cut-down was attached.");
    if (!m_result.ok()) // the reason names the file
        return tr("Nothing was attached: %1").arg(m_result.error);
    QStringList names;
    for (const QString &path : m_result.added)
        names.append(QFileInfo(path).fileName());
    if (names.isEmpty())
        return tr("The track has these cut-downs already.");
    const QString attached = tr("Attached %n cut-down(s) to the track: %1.", nullptr, int(names.size()))
                                 .arg(QLocale().createSeparatedList(names));
    return attached + u' '
        + (m_result.alreadyAttached.isEmpty() ? tr("Analyze measures their length.")
                                              : tr("The others were attached already."));
}

void CutdownAttachController::attach(const QList<QUrl> &files, qint64 trackId)
{
    if (isRunning())
        return;
    QStringList paths;
    for (const QUrl &file : files)
        paths.append(file.isLocalFile() ? file.toLocalFile() : file.toString());
    run(trackId,
        [this, request = Delivery::CutdownImportRequest { paths, trackId }](const CatalogStore &store,
            const std::atomic_bool &cancel, const std::function<void(qint64, qint64)> &progress) -> Finish {
            const Delivery::CutdownImportResult result
                = Delivery::importCutdowns(store, request, cancel, progress);
            // The track's cut-down count and its readiness (sync asks for cut-downs) read anew.
            return [this, result] {
                m_result = result;
                return Outcome { result.ok(), result.needsLibraryFolder,
                    result.ok() && !result.added.isEmpty() };
            };
        });
}

} // namespace Imprint

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "StemAttachController.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint
{

StemAttachController::StemAttachController(QObject *parent)
    : TrackFileJob(parent)
{
}

QString StemAttachController::summaryText() const
{
    if (!hasResult())
        return {};
    const QString pack = QFileInfo(m_request.archivePath).fileName();
    if (m_result.cancelled)
        return tr("Stopped: nothing from %1 was attached.").arg(pack);
    // The checks' refusal names each stem (or the missing master); the lines below say them once.
    if (m_result.refusedByChecks)
        return tr("%1 was not attached: the checks against the master refused it (below).").arg(pack);
    if (!m_result.ok()) // the reason names the pack or the entry
        return tr("Nothing was attached: %1").arg(m_result.error);
    if (m_result.added() == 0)
        return tr("Every stem in %1 was attached already.").arg(pack);
    return m_result.added() < m_result.stems.size()
        ? tr("Attached %n new stem(s) from %1; the others were attached already.", nullptr, m_result.added())
              .arg(pack)
        : tr("Attached %n stem(s) from %1.", nullptr, m_result.added()).arg(pack);
}

QStringList StemAttachController::details() const
{
    QStringList lines;
    if (!hasResult())
        return lines;
    for (const Delivery::StemMismatch &mismatch : m_result.mismatches)
        lines.append(
            mismatch.entry.isEmpty() ? mismatch.message : mismatch.entry + u": "_s + mismatch.message);
    for (const QString &skipped : m_result.skipped)
        lines.append(tr("Not a stem: %1").arg(skipped));
    return lines;
}

void StemAttachController::attach(const QUrl &pack, qint64 trackId)
{
    if (isRunning())
        return;
    m_request = { pack.isLocalFile() ? pack.toLocalFile() : pack.toString(), trackId, false };
    start();
}

void StemAttachController::attachAnyway()
{
    if (isRunning() || !refusedByChecks())
        return;
    m_request.acceptMismatches = true;
    start();
}

void StemAttachController::start()
{
    run(m_request.trackId,
        [this, request = m_request](const CatalogStore &store, const std::atomic_bool &cancel,
            const std::function<void(qint64, qint64)> &progress) -> Finish {
            const Delivery::StemImportResult result = Delivery::importStems(store, request, cancel, progress);
            // The track's stem count, its readiness (sync asks for stems) and its versions read anew.
            return [this, result] {
                m_result = result;
                return Outcome { result.ok(), result.needsLibraryFolder, result.ok() && result.added() > 0 };
            };
        });
}

} // namespace Imprint

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RightsSheetExport.h"

#include "RightsSheetPdf.h"
#include "rights/RightsReport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Imprint
{

RightsSheetExport::RightsSheetExport(QObject *parent)
    : QObject(parent)
{
}

RightsSheetExport::~RightsSheetExport()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void RightsSheetExport::exportPdf(qint64 trackId, qint64 releaseId, const QUrl &file)
{
    if (m_thread || !m_session)
        return;
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0)
        path += u".pdf"_s;
    const CatalogStore store = m_session->store();
    m_thread = QThread::create([this, store, trackId, releaseId, path] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        const auto report = db.isValid()
            ? RightsReport::build(db, store.libraryRoot(), QDate::currentDate(),
                  releaseId ? RightsReport::Scope::Release : RightsReport::Scope::Track,
                  releaseId ? releaseId : trackId, &error)
            : std::nullopt;
        store.closeThreadConnection();
        bool ok = report && RightsSheetPdf::write(*report, path, &error);
        if (ok) {
            QSaveFile json(QFileInfo(path).path() + u'/' + QFileInfo(path).completeBaseName() + u".json"_s);
            ok = json.open(QIODevice::WriteOnly) && json.write(QJsonDocument(*report).toJson()) >= 0
                && json.commit();
            if (!ok)
                error = json.errorString();
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, path] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                Q_EMIT runningChanged();
                if (ok)
                    Q_EMIT finished(QDir::toNativeSeparators(path));
                else
                    Q_EMIT failed(tr("The rights sheet was not written: %1").arg(error));
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT runningChanged();
}

} // namespace Imprint

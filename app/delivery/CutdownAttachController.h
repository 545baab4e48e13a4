// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "TrackFileJob.h"
#include "delivery/CutdownImport.h"

#include <QList>
#include <QUrl>
#include <QtQmlIntegration>

namespace Imprint
{

/// Attach Cut-downs… in the track's details: the 30 s and 60 s edits a sync delivery asks for,
/// copied into the library and attached to the track as imprint attach-cutdowns does
/// (Delivery::importCutdowns), off the GUI thread with progress (files read) and cancel. Where
/// the "no cut-downs" finding of sync readiness and of a sync delivery leads.
class CutdownAttachController : public TrackFileJob
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit CutdownAttachController(QObject *parent = nullptr);

    QString summaryText() const override;

    /// Attaches the files (local file URLs) to the track as cut-downs. Ignored while one runs.
    Q_INVOKABLE void attach(const QList<QUrl> &files, qint64 trackId);

private:
    Delivery::CutdownImportResult m_result;
};

} // namespace Imprint

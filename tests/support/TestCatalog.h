// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "catalog/ImportedFile.h"
#include "quality/AnalysisRepository.h"

#include <QList>
#include <QTemporaryDir>

namespace Imprint
{
class CatalogSession;
}

namespace Imprint::Test
{

/// Reloads the session and waits until its tracks are in (QVERIFY fails the test on a timeout).
void loadSession(CatalogSession &session);

/// Generated scan results, as if read from count tagged masters: three artists, one release
/// each, titles "Song 1"… with every fourth track an Instrumental, durations 1:00 + i s.
QList<ImportedFile> generatedFiles(int count);

/// The first column of the first row of sql run on this thread's connection, or -1.
int scalar(const CatalogStore &store, const QString &sql);

/// A column of a row as stored, on this thread's connection: "<null>" for NULL, "<missing>" when
/// there is no such row.
QString stored(const CatalogStore &store, qint64 id, const QString &column,
    const QString &table = QStringLiteral("tracks"));

/// The analysis of a master that every default profile passes: a 3-minute 48 kHz/24-bit WAV at
/// -14 LUFS, -1.5 dBTP, for assetId, recorded as of content "aaa…".
AnalysisRecord deliverableAnalysis(qint64 assetId);

/// A catalog file in a temporary folder, filled with generatedFiles(count).
class TestCatalog
{
public:
    explicit TestCatalog(int count = 12);
    ~TestCatalog();

    bool isValid() const { return m_valid; }
    CatalogStore store() const { return m_store; }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    CatalogStore m_store;
    bool m_valid = false;
};

} // namespace Imprint::Test

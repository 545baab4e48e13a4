// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"
#include "LatestProgress.h"
#include "library/LibraryCheck.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQmlIntegration>

#include <atomic>

class QThread;

namespace Imprint
{

/// File › Library Folder… (issue 16): checks a folder the user names against the catalog's
/// files (LibraryCheck, off the GUI thread, with progress and cancel) and makes it the library
/// on this computer (LibraryFolders, off the GUI thread too: a catalog file may wait for another
/// program's write). The window then opens the catalog again on it.
class LibraryFolderController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// A check runs (with progress).
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    /// The checked folder is being made the library.
    Q_PROPERTY(bool saving READ isSaving NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    /// The folder last checked (a local file URL); empty before the first check.
    Q_PROPERTY(QUrl checkedFolder READ checkedFolder NOTIFY finished)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY finished)
    /// What the check found, in a sentence.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY finished)
    /// Every file missing, changed or unreadable, each named with what is wrong with it.
    Q_PROPERTY(QStringList problems READ problems NOTIFY finished)
    /// Every file there and the same, and the check ran to its end.
    Q_PROPERTY(bool allFound READ allFound NOTIFY finished)
    /// The folder holds at least one of the catalog's files (else it is likely the wrong one).
    Q_PROPERTY(bool looksLikeTheLibrary READ looksLikeTheLibrary NOTIFY finished)
    /// The last check ran to its end (not stopped, not refused): its folder may be used.
    Q_PROPERTY(bool complete READ isComplete NOTIFY finished)
    /// The session's library folder as a URL, for a folder dialog to start in.
    Q_PROPERTY(QUrl libraryFolderUrl READ libraryFolderUrl NOTIFY sessionChanged)

public:
    explicit LibraryFolderController(QObject *parent = nullptr);
    ~LibraryFolderController() override;

    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session);
    bool isRunning() const { return m_thread != nullptr && !m_saving; }
    bool isSaving() const { return m_saving; }
    int done() const { return int(m_progress.done()); }
    int total() const { return int(m_progress.total()); }
    QUrl checkedFolder() const;
    bool hasResult() const { return m_hasResult; }
    QString summaryText() const;
    QStringList problems() const;
    bool allFound() const { return m_hasResult && m_result.ok(); }
    bool looksLikeTheLibrary() const { return m_hasResult && m_result.looksLikeTheLibrary(); }
    bool isComplete() const { return m_hasResult && !m_result.cancelled && m_result.fatalError.isEmpty(); }
    QUrl libraryFolderUrl() const;

    /// Checks folder (a local file URL) against the catalog's files. Ignored while one runs.
    Q_INVOKABLE void check(const QUrl &folder);
    Q_INVOKABLE void cancel();
    /// Makes the folder last checked (to its end) the library on this computer; folderUsed(),
    /// or errorOccurred() when it cannot be remembered. Ignored while a check or a save runs.
    Q_INVOKABLE void useCheckedFolder();

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void progressChanged();
    void finished();
    /// The checked folder is the library on this computer now.
    void folderUsed();
    void errorOccurred(const QString &message);

private:
    void onFinished(const LibraryCheckResult &result);
    void onSaved(const QString &error);
    void endThread();

    QPointer<CatalogSession> m_session;
    QThread *m_thread = nullptr; ///< the check's or the save's
    bool m_saving = false;
    std::atomic_bool m_cancel = false;
    LatestProgress m_progress; ///< a library of 100 000 files reports as many steps
    bool m_hasResult = false;
    LibraryCheckResult m_result;
};

} // namespace Imprint

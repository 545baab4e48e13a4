// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Imprint::Archive
{

/// The names an archive declared so far, as a tree of path components, to refuse an entry that
/// clashes with an earlier one (a duplicate, a file inside a file, a file written through a link).
/// Each component is stored once and looked up once, so adding a name costs its length: a set of
/// every parent path would cost length × depth per name and let one deep name take gigabytes.
class EntryTree
{
public:
    enum class Kind { File, Folder, Link };

    /// Records name (relative, no trailing "/", already passed unsafeNameReason) as kind. An
    /// error naming entry and the clash if it cannot be added; nothing is recorded then.
    QString add(const QString &name, Kind kind, const QString &entry);

    /// The folders of the relative path folder that are not on disk yet, shallowest first, as
    /// lengths of folder's prefixes; they count as created from then on.
    QList<qsizetype> foldersToCreate(const QString &folder);

    /// Folders known so far, declared or implied by deeper names.
    qsizetype folderCount() const { return m_folders; }

private:
    enum class NodeKind { ImpliedFolder, Folder, File, Link };
    struct Node {
        NodeKind kind = NodeKind::ImpliedFolder;
        bool created = false;
    };
    // -1 is the root; a child is found by its parent's index and its component.
    QHash<std::pair<qsizetype, QString>, qsizetype> m_children;
    QList<Node> m_nodes;
    qsizetype m_folders = 0;
};

} // namespace Imprint::Archive

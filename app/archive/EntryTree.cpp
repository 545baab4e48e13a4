// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "EntryTree.h"

#include <QCoreApplication>

namespace Imprint::Archive
{

QString EntryTree::add(const QString &name, Kind kind, const QString &entry)
{
    // First walk the existing path without changing anything, so a refused name leaves no trace.
    qsizetype node = -1;
    qsizetype start = 0;
    for (;;) {
        const qsizetype slash = name.indexOf(u'/', start);
        const QString part = name.mid(start, slash < 0 ? -1 : slash - start);
        const auto found = m_children.constFind({ node, part });
        if (found == m_children.cend())
            break;
        node = *found;
        const NodeKind seen = m_nodes.at(node).kind;
        if (slash < 0) {
            // The very name again: only a folder may be declared twice (or after files in it).
            const bool folderAgain
                = kind == Kind::Folder && (seen == NodeKind::Folder || seen == NodeKind::ImpliedFolder);
            if (!folderAgain)
                return QCoreApplication::translate("Archive", "%1: duplicate name in the archive").arg(entry);
            m_nodes[node].kind = NodeKind::Folder;
            return {};
        }
        if (seen == NodeKind::Link)
            return QCoreApplication::translate("Archive", "%1: would be written through the link %2")
                .arg(entry, name.left(slash));
        if (seen == NodeKind::File)
            return QCoreApplication::translate("Archive", "%1: would be written inside the file %2")
                .arg(entry, name.left(slash));
        start = slash + 1;
    }
    // The rest of the path is new: implied folders, then the entry itself.
    for (;;) {
        const qsizetype slash = name.indexOf(u'/', start);
        const QString part = name.mid(start, slash < 0 ? -1 : slash - start);
        const NodeKind newKind = slash >= 0 ? NodeKind::ImpliedFolder
            : kind == Kind::File            ? NodeKind::File
            : kind == Kind::Link            ? NodeKind::Link
                                            : NodeKind::Folder;
        m_nodes.append({ newKind, false });
        m_children.insert({ node, part }, m_nodes.size() - 1);
        node = m_nodes.size() - 1;
        if (newKind == NodeKind::ImpliedFolder || newKind == NodeKind::Folder)
            ++m_folders;
        if (slash < 0)
            return {};
        start = slash + 1;
    }
}

QList<qsizetype> EntryTree::foldersToCreate(const QString &folder)
{
    QList<qsizetype> lengths;
    qsizetype node = -1;
    qsizetype start = 0;
    for (;;) {
        const qsizetype slash = folder.indexOf(u'/', start);
        const qsizetype end = slash < 0 ? folder.size() : slash;
        const auto found = m_children.constFind({ node, folder.mid(start, end - start) });
        if (found == m_children.cend())
            break; // not added: nothing to create (add() comes first)
        node = *found;
        if (!m_nodes.at(node).created) {
            m_nodes[node].created = true;
            lengths.append(end);
        }
        if (slash < 0)
            break;
        start = slash + 1;
    }
    return lengths;
}

} // namespace Imprint::Archive

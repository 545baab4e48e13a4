// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// AIFF: tags live in an ID3v2.4 chunk, the only tag format AIFF readers agree on.
#include "ChunkCheck.h"
#include "TagAdapter.h"
#include "TagLibMapping.h"

#include <QFile>

#include <taglib/aifffile.h>
#include <taglib/id3v2tag.h>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

namespace
{

class AiffTagAdapter final : public TagAdapter
{
public:
    QString formatName() const override { return u"AIFF"_s; }

    std::optional<TagSet> read(const QString &path, QString *reason) const override
    {
        if (!checkChunks(path, ChunkEndian::Big, reason))
            return std::nullopt;
        const QByteArray name = QFile::encodeName(path);
        TagLib::RIFF::AIFF::File file(name.constData(), false);
        if (!file.isValid()) {
            *reason = u"not a valid AIFF file (damaged chunk structure)"_s;
            return std::nullopt;
        }
        return readTags(*file.tag(), KeyStyle::Id3);
    }

    bool write(const QString &path, const TagSet &tags, QString *reason) const override
    {
        const QByteArray name = QFile::encodeName(path);
        TagLib::RIFF::AIFF::File file(name.constData(), false);
        if (!file.isValid() || file.readOnly()) {
            *reason = file.isValid() ? u"the file is read-only"_s : u"not a valid AIFF file"_s;
            return false;
        }
        if (!applyTags(*file.tag(), tags, KeyStyle::Id3, reason))
            return false;
        if (!file.save(TagLib::ID3v2::v4)) {
            *reason = u"TagLib could not save the AIFF tags"_s;
            return false;
        }
        return true;
    }
};

} // namespace

const TagAdapter &aiffAdapter()
{
    static const AiffTagAdapter adapter;
    return adapter;
}

} // namespace Imprint::Tags

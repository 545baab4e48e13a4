// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ChunkCheck.h"

#include <QFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Imprint::Tags
{

bool checkChunks(const QString &path, ChunkEndian endian, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = file.errorString();
        return false;
    }
    const qint64 end = file.size();
    qint64 position = 12; // after "RIFF"/"FORM", the size and "WAVE"/"AIFF"
    while (position + 8 <= end) {
        file.seek(position);
        const QByteArray header = file.read(8);
        const quint32 size = endian == ChunkEndian::Little
            ? qFromLittleEndian<quint32>(header.constData() + 4)
            : qFromBigEndian<quint32>(header.constData() + 4);
        if (position + 8 + qint64(size) > end) {
            *reason = u"the file is truncated or damaged: its '%1' chunk claims %2 bytes, only %3 are there"_s
                          .arg(QString::fromLatin1(header.left(4).toPercentEncoding()))
                          .arg(size)
                          .arg(end - position - 8);
            return false;
        }
        position += 8 + qint64(size) + (size & 1); // chunks are padded to even sizes
    }
    return true;
}

} // namespace Imprint::Tags

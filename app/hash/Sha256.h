// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <memory>

class QIODevice;

namespace Imprint
{

/// SHA-256 through OpenSSL's libcrypto, which runs at several times QCryptographicHash's speed
/// (SHA-NI/AVX2 code paths): the manifests, backups and tag-write proofs hash every byte they
/// touch. The only file that includes OpenSSL's headers.
class Sha256
{
public:
    /// Files are read in blocks this large: few system calls, still little memory.
    static constexpr qint64 FileBlockSize = qint64(1) << 20;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// Reads the device to its end; false on a read error (the hash is then incomplete).
    bool addData(QIODevice *device);
    /// The 32-byte digest of everything added so far; more data may still be added after it.
    QByteArray result() const;
    /// Starts over, as if newly made.
    void reset();

    /// The 32-byte digest of data.
    static QByteArray hash(QByteArrayView data);
    /// The 32-byte digest of a whole file, read in FileBlockSize blocks. Empty when the file
    /// cannot be read (*error says why; the caller names the file) or when cancel becomes true.
    static QByteArray hashFile(
        const QString &path, QString *error = nullptr, const std::atomic_bool *cancel = nullptr);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Imprint

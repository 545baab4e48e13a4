// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Sha256.h"

#include <QFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <cstdlib>

namespace Imprint
{

namespace
{

// OpenSSL initialises itself on first use, on whichever thread that is, and keeps the error
// state it makes while reading its configuration in that thread's storage: on a worker of an
// import or a package, which ends before the process does, LeakSanitizer reports it lost
// (issue 17). Initialised here as the program loads, it is the main thread's.
void initialiseOpenSsl()
{
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr);
}
Q_CONSTRUCTOR_FUNCTION(initialiseOpenSsl)

EVP_MD_CTX *newContext()
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    // Only a failed allocation stops SHA-256 from starting (it is in every OpenSSL provider), and
    // the rest of the program does not survive running out of memory either.
    if (!context || EVP_DigestInit_ex(context, EVP_sha256(), nullptr) != 1)
        std::abort();
    return context;
}

} // namespace

struct Sha256::State {
    EVP_MD_CTX *context = newContext();
    ~State() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_state->context, data.data(), size_t(data.size()));
}

bool Sha256::addData(QIODevice *device)
{
    QByteArray buffer(FileBlockSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device->read(buffer.data(), buffer.size());
        if (got < 0)
            return false;
        if (got == 0)
            return true;
        addData(QByteArrayView(buffer.constData(), got));
    }
}

QByteArray Sha256::result() const
{
    // Finishing a copy leaves this one open for more data, as QCryptographicHash allows.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (!copy || EVP_MD_CTX_copy_ex(copy, m_state->context) != 1
        || EVP_DigestFinal_ex(copy, reinterpret_cast<unsigned char *>(digest.data()), &size) != 1)
        std::abort();
    EVP_MD_CTX_free(copy);
    digest.truncate(qsizetype(size));
    return digest;
}

void Sha256::reset()
{
    if (EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr) != 1)
        std::abort();
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

QByteArray Sha256::hashFile(const QString &path, QString *error, const std::atomic_bool *cancel)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return QByteArray();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    Sha256 sha;
    QByteArray buffer(FileBlockSize, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return fail(file.errorString());
        if (got == 0)
            break;
        sha.addData(QByteArrayView(buffer.constData(), got));
    }
    return sha.result();
}

} // namespace Imprint

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>

#include <memory>

namespace Imprint::Audio
{

/// An acoustic fingerprint of the start of a recording (Chromaprint, as AcoustID uses it): a
/// list of 32-bit sub-fingerprints, about eight a second, that stay nearly the same when the
/// audio is re-encoded or its gain changes. The only place Chromaprint is used.
class Fingerprinter
{
public:
    /// Chromaprint looks at this much audio: enough to tell takes apart; more would only slow
    /// the analysis down (a master's fingerprint is made in its analysis).
    static constexpr int MaxSeconds = 60;

    Fingerprinter();
    ~Fingerprinter();
    Fingerprinter(const Fingerprinter &) = delete;
    Fingerprinter &operator=(const Fingerprinter &) = delete;

    bool start(int sampleRate, int channels);
    /// Interleaved float frames; false once it has all it needs (MaxSeconds) or failed.
    bool feed(const float *interleaved, qint64 frames);
    /// The fingerprint; empty when the audio was too short or silent to have one.
    QList<quint32> finish();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace Imprint::Audio

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <memory>
#include <optional>

namespace Imprint
{

/// An optional part of TrackFacts, held on the heap and shared by copies until one of them is
/// changed (copy on write). Inline, as std::optional, a release's, a provenance record's and a
/// plan's terms took 650 of a TrackFacts' 1 072 bytes for every track of a large catalog, though
/// an album's tracks have one release and a tool's tracks few terms (issue 18). Reads as
/// std::optional does; edit() gets a copy of its own first.
template<typename T>
class SharedFact
{
public:
    SharedFact() = default;
    SharedFact(std::nullopt_t) { }
    SharedFact(T value)
        : m_value(std::make_shared<T>(std::move(value)))
    {
    }
    SharedFact(const std::optional<T> &value)
    {
        if (value)
            m_value = std::make_shared<T>(*value);
    }

    bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }
    void reset() { m_value.reset(); }

    const T &operator*() const { return *m_value; }
    const T *operator->() const { return m_value.get(); }
    /// The value to change, a copy of its own when shared. Not an operator: a read through a
    /// non-const operator-> would copy the shared value without anyone noticing.
    T &edit() { return *detached(); }

    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    std::optional<T> toOptional() const { return m_value ? std::optional<T>(*m_value) : std::nullopt; }

private:
    T *detached()
    {
        if (m_value && m_value.use_count() > 1)
            m_value = std::make_shared<T>(*m_value);
        return m_value.get();
    }

    std::shared_ptr<T> m_value;
};

} // namespace Imprint

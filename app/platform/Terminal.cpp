// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Terminal.h"

#include <QtGlobal>

#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Imprint::Platform
{

bool isTerminal(std::FILE *stream)
{
#ifdef Q_OS_WIN
    return ::_isatty(::_fileno(stream)) != 0;
#else
    return ::isatty(::fileno(stream)) != 0;
#endif
}

namespace
{

// Turns the terminal's echo off until destroyed.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_input = ::GetStdHandle(STD_INPUT_HANDLE);
        m_changed
            = ::GetConsoleMode(m_input, &m_mode) && ::SetConsoleMode(m_input, m_mode & ~ENABLE_ECHO_INPUT);
#else
        termios quiet {};
        m_changed = ::tcgetattr(STDIN_FILENO, &m_mode) == 0;
        quiet = m_mode;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_changed = m_changed && ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
#endif
    }
    ~EchoOff()
    {
        if (!m_changed)
            return;
#ifdef Q_OS_WIN
        ::SetConsoleMode(m_input, m_mode);
#else
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_input = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode {};
#endif
    bool m_changed = false;
};

} // namespace

std::optional<QString> readHiddenLine(const QString &prompt)
{
    if (!isTerminal(stdin))
        return std::nullopt;
    std::string line;
    bool ended = false;
    {
        // Off before the prompt shows: nothing typed after it is echoed.
        const EchoOff hidden;
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        for (int c = std::getc(stdin); c != '\n'; c = std::getc(stdin)) {
            if (c == EOF) {
                ended = line.empty();
                break;
            }
            line.push_back(char(c));
        }
    }
    std::fputc('\n', stderr); // the line break typed was not echoed
    if (ended)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line);
}

} // namespace Imprint::Platform

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Terminal.h"

#include <QtGlobal>

#include <csignal>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
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

#ifdef Q_OS_WIN

HiddenLine readHiddenLine(const QString &prompt)
{
    HiddenLine result;
    if (!isTerminal(stdin))
        return result;
    const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool quiet = ::GetConsoleMode(input, &mode) && ::SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    int c = std::getc(stdin);
    for (; c != EOF && c != '\n'; c = std::getc(stdin))
        line.push_back(char(c));
    if (quiet)
        ::SetConsoleMode(input, mode);
    std::fputc('\n', stderr); // the line break typed was not echoed
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    result.end = c == EOF && line.empty() ? HiddenLine::End::Ended : HiddenLine::End::Typed;
    result.text = QString::fromLocal8Bit(line);
    return result;
}

#else

namespace
{

// Written to by the SIGINT handler, whichever thread runs it, and watched next to stdin: a flag
// checked before a blocking read() would miss an interrupt arriving just before the read.
int interruptPipe[2] = { -1, -1 };

void onInterruptWhileAsking(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(interruptPipe[1], &byte, 1);
    errno = saved;
}

bool openInterruptPipe()
{
    if (::pipe(interruptPipe) != 0) // pipe2() is not on macOS
        return false;
    for (const int end : interruptPipe) {
        ::fcntl(end, F_SETFD, FD_CLOEXEC);
        ::fcntl(end, F_SETFL, ::fcntl(end, F_GETFL) | O_NONBLOCK);
    }
    return true;
}

enum class Waited { Input, Interrupt, Failed };

Waited waitForInputOrInterrupt()
{
    pollfd watched[2] = { { STDIN_FILENO, POLLIN, 0 }, { interruptPipe[0], POLLIN, 0 } };
    for (;;) {
        if (::poll(watched, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return Waited::Failed;
        }
        if (watched[1].revents & POLLIN)
            return Waited::Interrupt;
        if (watched[0].revents)
            return Waited::Input; // data, end of input or a hang-up: read() says which
    }
}

} // namespace

HiddenLine readHiddenLine(const QString &prompt)
{
    HiddenLine result;
    if (!::isatty(STDIN_FILENO))
        return result;
    // The prompt goes where the user looks, even when stderr is a log file.
    const int tty = ::open("/dev/tty", O_WRONLY | O_CLOEXEC);
    const int out = tty >= 0 ? tty : STDERR_FILENO;
    const auto show = [out](const QByteArray &text) {
        for (qsizetype done = 0; done < text.size();) {
            const ssize_t n = ::write(out, text.constData() + done, size_t(text.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return;
            done += n;
        }
    };

    // Ctrl+C must end the wait, so echo is on again before anything else.
    if (!openInterruptPipe())
        interruptPipe[0] = interruptPipe[1] = -1; // poll() ignores -1: Ctrl+C then ends the program
    struct sigaction asking {};
    struct sigaction before {};
    asking.sa_handler = onInterruptWhileAsking;
    sigemptyset(&asking.sa_mask);
    if (interruptPipe[1] >= 0)
        ::sigaction(SIGINT, &asking, &before);
    termios saved {};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden); // before the prompt: nothing typed is echoed
    }
    show(prompt.toLocal8Bit());

    std::string line;
    result.end = HiddenLine::End::Typed;
    for (;;) {
        const Waited waited = waitForInputOrInterrupt();
        if (waited == Waited::Interrupt) {
            result.end = HiddenLine::End::Interrupted;
            break;
        }
        if (waited == Waited::Failed) { // stdin cannot be watched: taken as the end of input
            if (line.empty())
                result.end = HiddenLine::End::Ended;
            break;
        }
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n == 1 && c != '\n') {
            line.push_back(c);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 && line.empty())
            result.end = HiddenLine::End::Ended;
        break;
    }
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    show("\n"); // the line break typed was not echoed
    if (tty >= 0)
        ::close(tty);
    if (interruptPipe[1] >= 0) {
        ::sigaction(SIGINT, &before, nullptr);
        // A Ctrl+C pressed just after Enter, while the terminal was restored, is in the pipe.
        char byte = 0;
        if (result.end != HiddenLine::End::Interrupted && ::read(interruptPipe[0], &byte, 1) == 1)
            result.end = HiddenLine::End::Interrupted;
        ::close(interruptPipe[0]);
        ::close(interruptPipe[1]);
        interruptPipe[0] = interruptPipe[1] = -1;
    }
    if (result.end == HiddenLine::End::Interrupted) {
        std::raise(SIGINT); // as if pressed now: the program's handler, or its end
        return result;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    result.text = QString::fromLocal8Bit(line);
    return result;
}

#endif

} // namespace Imprint::Platform

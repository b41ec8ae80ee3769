#include "passphrase.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace pd::cli {

namespace {

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// Reads one line from the terminal with echo off; the typed passphrase is never shown.
QString readHidden(QTextStream &err, const QString &prompt)
{
    err << prompt << Qt::flush;
#ifdef Q_OS_WIN
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_WIN
    SetConsoleMode(in, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    err << '\n' << Qt::flush;
    const QString text = QString::fromLocal8Bit(line);
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

} // namespace

Result<QString> askPassphrase(Context &c, const QString &prompt, bool confirm)
{
    const QString fromEnvironment = qEnvironmentVariable("PARTNERDESK_KEY_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!inputIsTerminal())
        return fail(Error::Code::InvalidInput,
                    Tr::tr("A passphrase is needed: run this in a terminal, or set it in the environment variable "
                           "PARTNERDESK_KEY_PASSPHRASE."));
    const QString passphrase = readHidden(c.err, prompt);
    if (passphrase.isEmpty())
        return fail(Error::Code::InvalidInput, Tr::tr("The passphrase is empty."));
    if (confirm && readHidden(c.err, Tr::tr("Repeat the passphrase: ")) != passphrase)
        return fail(Error::Code::InvalidInput, Tr::tr("The two passphrases differ."));
    return passphrase;
}

} // namespace pd::cli

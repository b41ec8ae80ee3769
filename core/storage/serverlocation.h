#pragma once

#include "../result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace pd
{

// A PostgreSQL team database as a URL, in libpq's form:
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE&connect_timeout=S...]
// An empty host, or a `host=/folder` query item, connects through the Unix socket in that
// folder. The window builds one from its "Connect to team database" fields and keeps the
// password in the keychain; url() never contains a password.
struct ServerLocation {
    QString host; // a name or address; empty or starting with '/': a Unix socket (folder)
    int port = 0; // 0: the default, 5432
    QString database;
    QString user; // empty: libpq's default (the operating-system user)
    QString password; // only when the URL itself carried one
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's default
    // Further libpq settings the URL named: connect_timeout, application_name, sslrootcert,
    // sslcert, sslkey.
    QList<QPair<QString, QString>> settings;

    static Result<ServerLocation> parse(const QString &location);
    QString url() const; // postgresql://user@host:port/database?sslmode=..., no password
    QString displayName() const; // for messages: database "pd" on db.example.com:5432
    // Qt's QPSQL connect options: TLS mode, a 10-second connection timeout unless set, settings.
    QString connectOptions() const;

    static QStringList sslModes();
};

} // namespace pd

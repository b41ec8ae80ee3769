#include "serverlocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace pd
{

namespace
{

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::ServerLocation)
};

const QStringList kSettings = { QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
    QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey") };

// QPSQL joins its connect options with spaces (it turns ';' into ' '), so a value holding either
// would smuggle in another setting.
bool safeValue(const QString &v)
{
    for (const QChar c : v) {
        if (c.isSpace() || c == u';' || c == u'\'' || c == u'\\')
            return false;
    }
    return !v.isEmpty();
}

} // namespace

QStringList ServerLocation::sslModes()
{
    return { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
}

Result<ServerLocation> ServerLocation::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid()
        || (scheme != QLatin1StringView("postgresql") && scheme != QLatin1StringView("postgres")))
        return fail(Error::Code::InvalidInput,
            Tr::tr("\"%1\" is not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE.")
                .arg(url.toString(QUrl::RemovePassword)));
    ServerLocation loc;
    loc.host = url.host(QUrl::FullyDecoded);
    loc.port = url.port(0);
    loc.user = url.userName(QUrl::FullyDecoded);
    loc.password = url.password(QUrl::FullyDecoded);
    loc.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("host")) {
            loc.host = value;
        } else if (key == QLatin1StringView("port")) {
            bool ok = false;
            loc.port = value.toInt(&ok);
            if (!ok || loc.port <= 0 || loc.port > 65535)
                return fail(Error::Code::InvalidInput, Tr::tr("\"%1\" is not a port number.").arg(value));
        } else if (key == QLatin1StringView("sslmode")) {
            if (!sslModes().contains(value))
                return fail(Error::Code::InvalidInput,
                    Tr::tr("Unknown TLS mode \"%1\"; use one of: %2.")
                        .arg(value, sslModes().join(QStringLiteral(", "))));
            loc.sslMode = value;
        } else if (kSettings.contains(key)) {
            if (!safeValue(value))
                return fail(Error::Code::InvalidInput,
                    Tr::tr("The setting %1 of a PostgreSQL address may not be empty or hold spaces, quotes "
                           "or semicolons.")
                        .arg(key));
            loc.settings << qMakePair(key, value);
        } else {
            return fail(Error::Code::InvalidInput,
                Tr::tr("Unknown setting \"%1\" in a PostgreSQL address; known: host, port, sslmode, %2.")
                    .arg(key, kSettings.join(QStringLiteral(", "))));
        }
    }
    if (loc.database.isEmpty() || loc.database.contains(u'/'))
        return fail(Error::Code::InvalidInput,
            Tr::tr("A PostgreSQL address names one database: postgresql://USER@HOST/DATABASE."));
    return loc;
}

QString ServerLocation::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        query.addQueryItem(QStringLiteral("host"), host);
        if (port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else {
        url.setHost(host);
        if (port > 0)
            url.setPort(port);
    }
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    for (const auto &[key, value] : settings)
        query.addQueryItem(key, value);
    url.setQuery(query);
    QString text = url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    // Without a user QUrl drops the empty authority ("postgresql:/db"); libpq reads "postgresql:///db".
    if (!text.startsWith(QLatin1StringView("postgresql://")))
        text.insert(int(qstrlen("postgresql:")), QStringLiteral("//"));
    return text;
}

QString ServerLocation::displayName() const
{
    QString where = host.isEmpty() ? Tr::tr("the local server") : host;
    if (port > 0)
        where += u':' + QString::number(port);
    return Tr::tr("database \"%1\" on %2").arg(database, where);
}

QString ServerLocation::connectOptions() const
{
    QStringList options;
    bool timeout = false;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    for (const auto &[key, value] : settings) {
        options << key + u'=' + value;
        timeout = timeout || key == QLatin1StringView("connect_timeout");
    }
    // A server that does not answer must not hang the window for libpq's default (forever).
    if (!timeout)
        options << QStringLiteral("connect_timeout=10");
    return options.join(u';');
}

} // namespace pd

#include "licensing_cli.h"

#include "storage/licencestore.h"
#include "storage/store.h"

namespace pd::cli::lic {

Result<Partner> partner(Context &c, Store &store)
{
    const QString v = value(c, QStringLiteral("partner"));
    const auto byCode = store.partnerByCode(v);
    if (byCode || byCode.error().code != Error::Code::NotFound)
        return byCode;
    bool ok = false;
    const qint64 id = v.toLongLong(&ok);
    return ok ? store.partner(id) : byCode;
}

Result<Customer> customer(Store &store, const QString &codeOrId)
{
    LicenceStore licences(store.database());
    const auto byCode = licences.customerByCode(codeOrId);
    if (byCode || byCode.error().code != Error::Code::NotFound)
        return byCode;
    bool ok = false;
    const qint64 id = codeOrId.toLongLong(&ok);
    return ok ? licences.customer(id) : byCode;
}

std::optional<QDate> date(Context &c, const QString &name, const QDate &fallback)
{
    if (!c.parser.isSet(name))
        return fallback;
    const QDate d = parseIsoDate(c.parser.value(name));
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<qint64> number(Context &c, const QString &name)
{
    if (!c.parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const qint64 n = c.parser.value(name).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QString keyDir(Context &c)
{
    return c.parser.value(QStringLiteral("key-dir"));
}

QStringList list(Context &c, const QString &name)
{
    QStringList out;
    for (const QString &v : c.parser.value(name).split(u',', Qt::SkipEmptyParts)) {
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    }
    return out;
}

QString value(Context &c, const QString &name)
{
    return c.parser.value(name);
}

bool isSet(Context &c, const QString &name)
{
    return c.parser.isSet(name);
}

} // namespace pd::cli::lic

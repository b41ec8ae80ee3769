#include "jsonissue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace pd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::Program) // the definition files' messages, with the programs' own
};

} // namespace

Error definitionError(const QList<JsonIssue> &issues, const QString &source)
{
    QStringList lines;
    for (const JsonIssue &i : issues)
        lines << (source.isEmpty() ? QString() : source + u':') + i.path + QStringLiteral(": ") + i.message;
    return Error { Error::Code::InvalidInput, lines.join(u'\n') };
}

Result<QByteArray> readDefinitionFile(const QString &path, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound,
                    Tr::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.read(maxBytes + 1);
}

} // namespace pd

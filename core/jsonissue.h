#pragma once
// Problems in a JSON definition (a program, a SPIF campaign): each names where, as a JSON path
// ("$.tiers[1].key"), and what. Shared by programjson.cpp and payouts/spifjson.cpp.

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pd {

struct JsonIssue {
    QString path;
    QString message;
};

// The issues as one InvalidInput error, one a line, each after the file's name when there is one.
Error definitionError(const QList<JsonIssue> &issues, const QString &source);

// A definition file's bytes: at most maxBytes + 1, so that the parser reports a larger file as too
// large instead of reading all of it; NotFound, naming the file, when it cannot be read.
Result<QByteArray> readDefinitionFile(const QString &path, qsizetype maxBytes);

} // namespace pd

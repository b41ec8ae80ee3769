#pragma once
// The JSON a closed quarter keeps of each partner's statement and tier evaluation
// (closed_statements.document, issue 16). Unlike `statement --json` (core/reportjson.h), it holds
// every field, so that reading it back gives an identical QuarterStatement and Evaluation: a
// closed statement is read from it for ever, whatever the live data becomes.

#include "../result.h"
#include "../statement.h"
#include "../tierengine.h"

#include <QByteArray>
#include <optional>

namespace pd {

struct FrozenDocument {
    QuarterStatement statement;
    std::optional<Evaluation> evaluation; // the tier evaluation as of the quarter's last day
};

QByteArray frozenToJson(const QuarterStatement &statement, const std::optional<Evaluation> &evaluation);
// InvalidInput when the text is not such a document (a damaged row).
Result<FrozenDocument> frozenFromJson(const QByteArray &json);

} // namespace pd

#pragma once

#include "statement.h"
#include "tierengine.h"

#include <QJsonObject>

namespace pd {

// The JSON shapes of `partnerdesk-cli evaluate --json` and `statement --json` (documented in
// docs/cli.md). Money is {"amount": "123.45", "currency": "RUB"}: exact decimal text.
// An evaluation as QJsonDocument::toJson(Indented) would write it, `depth` levels deep (an
// element of a top-level array: 1); written directly, for 100,000 of them.
QByteArray evaluationJson(const Evaluation &e, int depth = 0);
QJsonObject statementToJson(const QuarterStatement &s);
QJsonObject moneyToJson(const Money &m);

QString tierMoveKey(TierMove move); // "none", "upgrade", "demotion"

} // namespace pd

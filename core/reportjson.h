#pragma once

#include "statement.h"
#include "tierengine.h"

#include <QJsonObject>

namespace pd {

// The JSON shapes of `partnerdesk-cli evaluate --json` and `statement --json` (documented in
// docs/cli.md). Money is {"amount": "123.45", "currency": "RUB"}: exact decimal text.
QJsonObject evaluationToJson(const Evaluation &e);
QJsonObject statementToJson(const QuarterStatement &s);
QJsonObject moneyToJson(const Money &m);

QString tierMoveKey(TierMove move); // "none", "upgrade", "demotion"

} // namespace pd

#pragma once

#include "statement.h"
#include "textcontext.h"
#include "tierengine.h"

#include <QJsonObject>

namespace pd {

// The JSON shapes of `partnerdesk-cli evaluate --json` and `statement --json` (documented in
// docs/cli.md). Money is {"amount": "123.45", "currency": "RUB"}: exact decimal text.
// An evaluation as QJsonDocument::toJson(Indented) would write it, `depth` levels deep (an
// element of a top-level array: 1); written directly, for 100,000 of them. Every member but the
// sentences (actualText, description, gapText, nextTierNote: in the language of `text`) is the
// same in every language.
QByteArray evaluationJson(const Evaluation &e, const TextContext &text, int depth = 0);
QJsonObject statementToJson(const QuarterStatement &s);
QJsonObject moneyToJson(const Money &m);

QString tierMoveKey(TierMove move); // "none", "upgrade", "demotion"

} // namespace pd

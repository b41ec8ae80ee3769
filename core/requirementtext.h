#pragma once

#include "program.h"
#include "textcontext.h"
#include "tierengine.h"

#include <QString>
#include <QStringList>

namespace pd {

// The sentences of the tier engine's results, in the language of `text`: core returns codes and
// values (tierengine.h), and the window, the review and the CLI render them here, each with the
// language it shows.

// What is required: "Sales: at least USD 500,000.00 in 12 months".
QString requirementText(const Requirement &requirement, const TextContext &text);
// What the partner has: "USD 380,000.00", "since 3/1/2024", "4 of 6 months", "unknown".
QString actualText(const RequirementCheck &check, const TextContext &text);
// What is missing: "needs USD 120,000.00 more sales in the trailing 12 months"; empty when met.
QString gapText(const RequirementCheck &check, const TextContext &text);
// The gap, or what is required when there is no gap sentence: the one line of a list of gaps.
QString gapOrRequirementText(const RequirementCheck &check, const TextContext &text);
// Why the next tier is not proposed automatically ("Gold is by invitation only."); empty when
// it is.
QString nextTierNote(const Evaluation &evaluation, const TextContext &text);
// What the partner lacks for the next tier, one line each: the note, then each gap.
QStringList nextTierGaps(const Evaluation &evaluation, const TextContext &text);

// A missing period of a monthly or quarterly event requirement as a code: "2026-05", "2026-Q2".
QString periodKey(const QDate &periodStart, Cadence cadence);

} // namespace pd

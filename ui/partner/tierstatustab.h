#pragma once

#include "program.h"
#include "tierengine.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QTextBrowser;

namespace pd::ui {

// A partner's tier status: every requirement of every tier with what the partner has and what
// is missing, the current and next tiers marked. Shown as a document so that long requirements
// and gaps wrap instead of being cut off.
class TierStatusTab final : public QWidget {
    Q_OBJECT

public:
    TierStatusTab(QAction *applyProposed, QAction *changeTier, QWidget *parent = nullptr);

    void setEvaluation(const Result<Evaluation> &evaluation, const Program *program);
    void clear();
    const std::optional<Evaluation> &evaluation() const { return m_evaluation; }
    QTextBrowser *document() const { return m_text; }
    QString summaryText() const;

private:
    QLabel *m_summary;
    QTextBrowser *m_text;
    std::optional<Evaluation> m_evaluation;
};

} // namespace pd::ui

#include "tierstatustab.h"

#include "actionbutton.h"
#include "formatting.h"
#include "presettexts.h"
#include "requirementtext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const QString kMet = QStringLiteral("#1b7a2e");
const QString kUnmet = QStringLiteral("#b02020");
const QString kUnknown = QStringLiteral("#806000");

QString cell(const QString &text, const QString &colour = {})
{
    const QString escaped = text.toHtmlEscaped();
    return colour.isEmpty() ? QStringLiteral("<td>%1</td>").arg(escaped)
                            : QStringLiteral("<td style=\"color:%1\">%2</td>").arg(colour, escaped);
}

QString checkRows(const QList<RequirementCheck> &checks, bool targets, const TextContext &text)
{
    QString html;
    for (const RequirementCheck &c : checks) {
        QString status, colour;
        if (c.unknown) {
            status = TierStatusTab::tr("no data");
            colour = kUnknown;
        } else if (c.met) {
            status = targets ? TierStatusTab::tr("reached") : TierStatusTab::tr("met");
            colour = kMet;
        } else {
            status = targets ? TierStatusTab::tr("not reached") : TierStatusTab::tr("not met");
            colour = kUnmet;
        }
        QString requirement = requirementText(c.requirement, text);
        if (!c.requirement.note.isEmpty())
            requirement += QStringLiteral(" (") + presetText(c.requirement.note, text) + QLatin1Char(')');
        html += QStringLiteral("<tr>") + cell(requirement) + cell(status, colour) + cell(actualText(c, text))
            + cell(gapText(c, text), c.met ? QString() : kUnmet) + QStringLiteral("</tr>");
    }
    return html;
}

} // namespace

TierStatusTab::TierStatusTab(QAction *applyProposed, QAction *changeTier, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Tier requirements"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(applyProposed, this));
    buttons->addWidget(actionButton(changeTier, this));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
}

void TierStatusTab::clear()
{
    m_evaluation.reset();
    m_text->clear();
    m_summary->clear();
}

QString TierStatusTab::summaryText() const
{
    return m_summary->text();
}

void TierStatusTab::setEvaluation(const Result<Evaluation> &evaluation, const Program *program)
{
    m_text->clear();
    if (!evaluation) {
        m_evaluation.reset();
        m_summary->setText(tr("The tier status cannot be computed: %1").arg(evaluation.error().message.toHtmlEscaped()));
        return;
    }
    m_evaluation = *evaluation;
    const Evaluation &e = *evaluation;
    const TextContext text = TextContext::application(); // the window's language
    auto plain = [program](const QString &key) {
        const Tier *t = program ? program->tier(key) : nullptr;
        return t ? t->name : key;
    };
    auto name = [&plain](const QString &key) { return plain(key).toHtmlEscaped(); };
    QString summary;
    if (e.error) {
        summary = tr("The tier status cannot be computed: %1").arg(e.error->message.toHtmlEscaped());
    } else {
        summary = tr("Holds <b>%1</b>. Revenue in the trailing 12 months: <b>%2</b>.")
                      .arg(name(e.currentTier), formatMoney(e.trailingRevenue).toHtmlEscaped());
        switch (e.move) {
        case TierMove::Upgrade:
            summary += QLatin1Char(' ') + tr("Meets every requirement of <b>%1</b>: an upgrade is proposed.").arg(name(e.proposedTier));
            break;
        case TierMove::Demotion:
            summary += QLatin1Char(' ') + tr("No longer meets the requirements of the tier it holds: <b>%1</b> is proposed.")
                                              .arg(name(e.proposedTier));
            break;
        case TierMove::None:
            summary += QLatin1Char(' ') + tr("No tier change is proposed.");
            break;
        }
        if (!e.nextTier.isEmpty()) {
            summary += QStringLiteral("<br>") + tr("For <b>%1</b>: ").arg(name(e.nextTier));
            const QStringList gaps = nextTierGaps(e, text);
            summary += gaps.isEmpty() ? tr("every requirement is met.") : gaps.join(QStringLiteral("; ")).toHtmlEscaped();
        }
    }
    m_summary->setText(summary);

    QString html = QStringLiteral("<style>th { text-align: left; background: #e8e8e8; } td, th { padding: 2px 6px; }"
                                  "h3 { margin-top: 12px; margin-bottom: 4px; }</style>");
    const QString header = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                               .arg(tr("Requirement"), tr("Status"), tr("Partner has"), tr("Missing"));
    for (const TierCheck &t : e.tiers) {
        QString title = name(t.tierKey);
        if (t.tierKey == e.currentTier)
            title = tr("%1 (current tier)").arg(title);
        else if (t.tierKey == e.nextTier)
            title = tr("%1 (next tier)").arg(title);
        const Tier *tier = program ? program->tier(t.tierKey) : nullptr;
        QString verdict = t.qualifies ? tr("qualifies") : tr("does not qualify");
        if (tier && tier->admission == Admission::Invitation)
            verdict += QStringLiteral(", ") + tr("by invitation only");
        else if (tier && tier->admission == Admission::Review)
            verdict += QStringLiteral(", ") + tr("decided by review");
        html += QStringLiteral("<h3>%1 <span style=\"font-weight:normal; color:%2\">— %3</span></h3>")
                    .arg(title, t.qualifies ? kMet : kUnmet, verdict.toHtmlEscaped());
        if (t.requirements.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("No requirements."));
        } else {
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0\">") + header
                + checkRows(t.requirements, false, text) + QStringLiteral("</table>");
        }
        if (!t.targets.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Success targets (reported, not required):"));
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0\">") + header
                + checkRows(t.targets, true, text) + QStringLiteral("</table>");
        }
    }
    m_text->setHtml(html);
}

} // namespace pd::ui

#include "levelawarddialog.h"

#include "fieldcheck.h"
#include "formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace pd::ui {

LevelAwardDialog::LevelAwardDialog(
    const QString &partnerName, QList<LevelStatus> levels, const QDate &today, Awarder award, QWidget *parent)
    : CheckedDialog(parent)
    , m_levels(std::move(levels))
    , m_award(std::move(award))
    , m_form(new QFormLayout)
    , m_level(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_requires(new QLabel(this))
    , m_on(new QDateEdit(today, this))
    , m_onError(makeErrorLabel(this))
    , m_expires(new QCheckBox(tr("E&xpires on:"), this))
    , m_expiresOn(new QDateEdit(today.addYears(1), this))
    , m_expiresError(makeErrorLabel(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Award Certification Level to %1").arg(partnerName));
    m_level->setObjectName(QStringLiteral("level"));
    m_on->setObjectName(QStringLiteral("awardedOn"));
    m_expires->setObjectName(QStringLiteral("expires"));
    m_expiresOn->setObjectName(QStringLiteral("expiresOn"));
    m_note->setObjectName(QStringLiteral("note"));
    problemLabel()->setObjectName(QStringLiteral("refusal"));
    int first = -1;
    for (qsizetype i = 0; i < m_levels.size(); ++i) {
        const LevelStatus &s = m_levels.at(i);
        m_level->addItem(s.level.name, s.level.key);
        if (first < 0 && !s.held)
            first = int(i);
    }
    m_level->setCurrentIndex(std::max(first, 0));
    for (QLabel *label : { m_status, m_requires }) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    setUpDateEdit(m_on);
    setUpDateEdit(m_expiresOn);
    m_expires->setChecked(false);
    m_expiresOn->setEnabled(false);
    m_note->setPlaceholderText(tr("Optional"));

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("&Level:"), m_level);
    m_form->addRow(QString(), m_status);
    m_form->addRow(tr("Requires:"), m_requires);
    m_form->addRow(tr("&Awarded on:"), m_on);
    m_form->addRow(QString(), m_onError);
    m_form->addRow(m_expires, m_expiresOn);
    m_form->addRow(QString(), m_expiresError);
    m_form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    addFooter(layout, tr("Award"));

    connect(m_level, &QComboBox::currentIndexChanged, this, &LevelAwardDialog::levelChanged);
    connect(m_on, &QDateEdit::dateChanged, this, &LevelAwardDialog::revalidate);
    connect(m_expiresOn, &QDateEdit::dateChanged, this, &LevelAwardDialog::revalidate);
    connect(m_note, &QLineEdit::textChanged, this, &LevelAwardDialog::revalidate);
    connect(m_expires, &QCheckBox::toggled, this, [this](bool on) {
        m_expiresOn->setEnabled(on);
        revalidate();
    });
    levelChanged();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void LevelAwardDialog::levelChanged()
{
    const int i = m_level->currentIndex();
    if (i >= 0 && i < m_levels.size()) {
        const LevelStatus &s = m_levels.at(i);
        m_requires->setText(s.level.requires_);
        //: %1 is a number of months ("6 months"), %2 a date
        QString status
            = tr("Needs %1 in the partnership: eligible from %2.")
                  .arg(tr("%n month(s)", nullptr, s.level.monthsInPartnership), formatDate(s.eligibleFrom));
        if (s.held)
            status += u' ' + tr("Held since %1.").arg(formatDate(s.award.awardedOn));
        m_status->setText(status);
    }
    revalidate();
}

QString LevelAwardDialog::dateIssue() const
{
    const int i = m_level->currentIndex();
    if (i < 0 || i >= m_levels.size())
        return tr("The partner's program has no certification levels.");
    const LevelStatus &s = m_levels.at(i);
    if (s.eligibleFrom.isValid() && m_on->date() < s.eligibleFrom)
        return tr("%1 can be awarded from %2, once the partner has %3 in the partnership.")
            .arg(s.level.name, formatDate(s.eligibleFrom),
                tr("%n month(s)", nullptr, s.level.monthsInPartnership));
    return {};
}

void LevelAwardDialog::revalidate()
{
    const QString onIssue = dateIssue();
    const QString expiresIssue = m_expires->isChecked() && m_expiresOn->date() <= m_on->date()
        ? licensingText("A certification expires after the day it is awarded.")
        : QString();
    m_onError->setText(onIssue);
    m_expiresError->setText(expiresIssue);
    m_form->setRowVisible(m_onError, mark(m_on, onIssue));
    m_form->setRowVisible(m_expiresError, mark(m_expiresOn, expiresIssue));
    showProblem({});
    checked(onIssue.isEmpty() && expiresIssue.isEmpty());
}

LevelAwardDialog::Award LevelAwardDialog::award() const
{
    return Award { m_level->currentData().toString(), m_on->date(),
        m_expires->isChecked() ? m_expiresOn->date() : QDate(), m_note->text().trimmed() };
}

QString LevelAwardDialog::refusal() const
{
    return problemLabel()->text();
}

void LevelAwardDialog::accept()
{
    if (!readyToAccept() || refused(m_award(award())))
        return;
    QDialog::accept();
}

} // namespace pd::ui

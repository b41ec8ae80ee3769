#include "tierchangedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

TierChangeDialog::TierChangeDialog(const Program &program, const Partner &partner, const QString &proposedTier,
                                   const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_program(program)
    , m_partner(partner)
    , m_tier(new QComboBox(this))
    , m_effective(new QDateEdit(today, this))
    , m_reason(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Change Tier of %1").arg(partner.name));
    const Tier *current = program.tier(partner.tierKey);
    for (const Tier &t : program.tiers)
        m_tier->addItem(t.key == partner.tierKey ? tr("%1 (current)").arg(t.name) : t.name, t.key);
    const int proposed = m_tier->findData(proposedTier);
    m_tier->setCurrentIndex(proposed >= 0 ? proposed : m_tier->findData(partner.tierKey));
    m_effective->setCalendarPopup(true);
    m_reason->setPlaceholderText(tr("Why the tier changes; kept in the tier history"));
    m_reason->setTabChangesFocus(true);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Current tier:"), new QLabel(current ? current->name : partner.tierKey, this));
    form->addRow(tr("&New tier:"), m_tier);
    form->addRow(tr("&Effective on:"), m_effective);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Change Tier"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &TierChangeDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TierChangeDialog::update);
    m_reason->setFocus();
    resize(480, sizeHint().height());
    update();
}

QString TierChangeDialog::tierKey() const
{
    return m_tier->currentData().toString();
}

QDate TierChangeDialog::effectiveOn() const
{
    return m_effective->date();
}

QString TierChangeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void TierChangeDialog::update()
{
    const Tier *tier = m_program.tier(tierKey());
    QString note;
    if (tierKey() == m_partner.tierKey)
        note = tr("Choose a tier other than the current one.");
    else if (reason().isEmpty())
        note = tr("Give a reason: it is written to the tier history.");
    else if (tier && tier->admission == Admission::Invitation)
        note = tr("%1 is by invitation only: make sure the invitation was issued.").arg(tier->name);
    else if (tier && tier->admission == Admission::Review)
        note = tr("%1 is decided by the vendor's review.").arg(tier->name);
    m_note->setText(note);
    m_ok->setEnabled(tierKey() != m_partner.tierKey && !reason().isEmpty());
}

} // namespace pd::ui

#include "creditentrydialog.h"

#include "customerpicker.h"
#include "fieldcheck.h"
#include "formatting.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace pd::ui {

CreditEntryDialog::CreditEntryDialog(Mode mode, const CreditDiscountRange &range, const QString &currency,
    const QList<Customer> &customers, qint64 correctsId, const QDate &today, QWidget *parent)
    : CheckedDialog(parent)
    , m_mode(mode)
    , m_range(range)
    , m_currency(currency)
    , m_credits(new QSpinBox(this))
    , m_date(new QDateEdit(today, this))
    , m_note(new QLineEdit(this))
    , m_price(new QLabel(this))
{
    m_credits->setObjectName(QStringLiteral("credits"));
    m_date->setObjectName(QStringLiteral("date"));
    m_note->setObjectName(QStringLiteral("note"));
    problemLabel()->setObjectName(QStringLiteral("problem"));
    auto *form = new QFormLayout;
    m_credits->setRange(mode == Mode::Correct ? -1000000000 : 1, 1000000000);
    m_credits->setGroupSeparatorShown(true);
    m_credits->setValue(mode == Mode::Correct ? 0 : 1000);
    setUpDateEdit(m_date);
    switch (mode) {
    case Mode::Buy:
        setWindowTitle(tr("Buy Activation Credits"));
        m_discount = new QDoubleSpinBox(this);
        m_discount->setDecimals(2);
        m_discount->setSuffix(formatPercentSuffix());
        m_discount->setRange(range.min.bp / 100.0, range.max.bp / 100.0);
        m_discount->setValue(range.min.bp / 100.0);
        form->addRow(tr("&Credits:"), m_credits);
        form->addRow(
            tr("&Discount (%1):").arg(formatPercentRangeBp(range.min.bp, range.max.bp)), m_discount);
        form->addRow(tr("Price:"), m_price);
        connect(m_discount, &QDoubleSpinBox::valueChanged, this, &CreditEntryDialog::revalidate);
        break;
    case Mode::Consume:
        setWindowTitle(tr("Consume Activation Credits"));
        m_customer = new CustomerPicker(customers, this);
        m_customer->setObjectName(QStringLiteral("customer"));
        // Each keystroke: the message names the text.
        connect(m_customer, &QComboBox::editTextChanged, this, &CreditEntryDialog::revalidate);
        form->addRow(tr("&Credits:"), m_credits);
        form->addRow(tr("C&ustomer onboarded:"), m_customer);
        break;
    case Mode::Correct:
        setWindowTitle(tr("Correct Ledger Entry #%1").arg(correctsId));
        m_paid = new QLineEdit(QStringLiteral("0"), this);
        form->addRow(tr("&Credits (+ or −):"), m_credits);
        form->addRow(tr("&Paid correction (%1):").arg(currency), m_paid);
        connect(m_paid, &QLineEdit::textChanged, this, &CreditEntryDialog::revalidate);
        break;
    }
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(mode == Mode::Correct ? tr("&Reason:") : tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addFooter(layout, {});
    setMinimumWidth(fontMetrics().averageCharWidth() * 55);
    connect(m_credits, &QSpinBox::valueChanged, this, &CreditEntryDialog::revalidate);
    connect(m_note, &QLineEdit::textChanged, this, &CreditEntryDialog::revalidate);
    if (mode == Mode::Correct) {
        for (QWidget *field : { static_cast<QWidget *>(m_credits), static_cast<QWidget *>(m_paid),
                 static_cast<QWidget *>(m_note) })
            watch(field);
    }
    revalidate();
}

qint64 CreditEntryDialog::credits() const
{
    return m_credits->value();
}

std::optional<Rate> CreditEntryDialog::discount() const
{
    if (!m_discount)
        return std::nullopt;
    return Rate { int(std::lround(m_discount->value() * 100.0)) };
}

qint64 CreditEntryDialog::customerId() const
{
    return m_customer ? m_customer->customerId() : 0;
}

qint64 CreditEntryDialog::paidMinor() const
{
    if (!m_paid)
        return 0;
    const QString text = m_paid->text().trimmed();
    const bool negative = text.startsWith(u'-') || text.startsWith(u'−');
    const auto money = Money::parse(negative ? text.mid(1) : text, m_currency);
    return money ? (negative ? -money->minor : money->minor) : 0;
}

QDate CreditEntryDialog::date() const
{
    return m_date->date();
}

QString CreditEntryDialog::note() const
{
    return m_note->text().trimmed();
}

QString CreditEntryDialog::problem() const
{
    const QString shown = problemLabel()->text();
    return shown.isEmpty() ? m_issue : shown;
}

void CreditEntryDialog::revalidate()
{
    QString creditsIssue;
    QString otherIssue;
    QWidget *other = nullptr;
    if (m_mode == Mode::Buy) {
        const auto price = creditPurchasePrice(credits(), *discount(), m_currency);
        m_price->setText(price ? formatMoney(*price) : QString());
        if (!price)
            creditsIssue = price.error().message;
    } else if (m_mode == Mode::Consume) {
        other = m_customer;
        if (m_customer->count() == 0) {
            otherIssue = tr("The partner has no customers to onboard.");
        } else if (m_customer->currentText().trimmed().isEmpty()) {
            otherIssue = tr("Choose the customer that was onboarded.");
        } else if (m_customer->customerId() == 0) {
            // What core says (and so the command-line tool) for a customer code it does not know.
            otherIssue = QCoreApplication::translate("pd::LicenceStore", "There is no customer %1.")
                             .arg(m_customer->currentText().trimmed());
        }
    } else {
        const QString text = m_paid->text().trimmed();
        const bool negative = text.startsWith(u'-') || text.startsWith(u'\u2212');
        const auto paid = Money::parse(negative ? text.mid(1) : text, m_currency);
        if (!paid) {
            other = m_paid;
            otherIssue = paid.error().message;
        } else if (credits() == 0 && paid->minor == 0) {
            creditsIssue = licensingText("A correction changes the credits, the amount paid, or both.");
        } else if (note().isEmpty()) {
            other = m_note;
            otherIssue = licensingText("A correction needs its reason.");
        }
    }
    const bool creditsShown = mark(m_credits, creditsIssue);
    bool otherShown = false;
    for (QWidget *w : { static_cast<QWidget *>(m_paid), static_cast<QWidget *>(m_note),
             static_cast<QWidget *>(m_customer) }) {
        if (w)
            otherShown = mark(w, w == other ? otherIssue : QString()) || otherShown;
    }
    m_issue = !creditsIssue.isEmpty() ? creditsIssue : otherIssue;
    showProblem(creditsShown ? creditsIssue : otherShown ? otherIssue : QString());
    checked(m_issue.isEmpty());
}

void CreditEntryDialog::accept()
{
    if (!readyToAccept() || (m_submit && refused(m_submit(*this))))
        return;
    QDialog::accept();
}

} // namespace pd::ui

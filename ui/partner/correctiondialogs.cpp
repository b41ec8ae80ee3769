#include "correctiondialogs.h"

#include "fieldcheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace pd::ui {

namespace {

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    setUpDateEdit(edit);
    return edit;
}

} // namespace

SaleCorrectionDialog::SaleCorrectionDialog(const Sale &sale, const QString &what,
    const QList<Customer> &customers, const Program *program, QWidget *parent)
    : ReasonDialog(tr("Correct Sale"), what, tr("Correct"), parent)
    , m_original(sale)
    , m_customer(new QComboBox(this))
    , m_line(new QComboBox(this))
    , m_soldOn(dateEdit(sale.soldOn, this))
    , m_quantity(new QSpinBox(this))
    , m_price(new QLineEdit(sale.unitPrice.plainText(), this))
    , m_renewal(new QCheckBox(tr("Renewal"), this))
{
    for (const Customer &c : customers)
        m_customer->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.code), c.id);
    m_customer->setCurrentIndex(m_customer->findData(sale.customerId));
    if (program) {
        for (const ProductLine &l : program->productLines)
            m_line->addItem(l.name, l.key);
    }
    if (m_line->findData(sale.productLine) < 0)
        m_line->addItem(sale.productLine, sale.productLine);
    m_line->setCurrentIndex(m_line->findData(sale.productLine));
    m_quantity->setRange(-1'000'000'000, 1'000'000'000);
    m_quantity->setValue(sale.quantity);
    m_renewal->setChecked(sale.renewal);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_price->setObjectName(QStringLiteral("price"));
    fields()->addRow(tr("C&ustomer:"), m_customer);
    fields()->addRow(tr("&Product line:"), m_line);
    fields()->addRow(tr("&Date:"), m_soldOn);
    fields()->addRow(tr("&Quantity:"), m_quantity);
    fields()->addRow(tr("U&nit price (%1):").arg(sale.unitPrice.currency), m_price);
    fields()->addRow(QString(), m_renewal);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &SaleCorrectionDialog::fieldChanged);
    connect(m_line, &QComboBox::currentIndexChanged, this, &SaleCorrectionDialog::fieldChanged);
    connect(m_soldOn, &QDateEdit::dateChanged, this, &SaleCorrectionDialog::fieldChanged);
    connect(m_quantity, &QSpinBox::valueChanged, this, &SaleCorrectionDialog::fieldChanged);
    connect(m_price, &QLineEdit::textChanged, this, &SaleCorrectionDialog::fieldChanged);
    connect(m_renewal, &QCheckBox::toggled, this, &SaleCorrectionDialog::fieldChanged);
    revalidate();
}

Result<Money> SaleCorrectionDialog::unitPrice() const
{
    return Money::parse(m_price->text().trimmed(), m_original.unitPrice.currency);
}

// Only whether the price is an amount at all (Money::parse, as import reads it); every other
// rule is core's, applied when the correction is written.
QString SaleCorrectionDialog::fieldProblem() const
{
    const auto price = unitPrice();
    const QString why = price ? QString() : price.error().message;
    markField(m_price, why);
    return why;
}

Sale SaleCorrectionDialog::sale() const
{
    Sale s = m_original;
    s.id = 0;
    s.correctsId = m_original.id;
    s.voided = {};
    s.customerId = m_customer->currentData().toLongLong();
    s.productLine = m_line->currentData().toString();
    s.soldOn = m_soldOn->date();
    s.quantity = m_quantity->value();
    s.unitPrice = unitPrice().value_or(m_original.unitPrice);
    s.renewal = m_renewal->isChecked();
    return s;
}

EventCorrectionDialog::EventCorrectionDialog(
    const ComplianceEvent &event, const QString &what, QWidget *parent)
    : ReasonDialog(tr("Correct Compliance Event"), what, tr("Correct"), parent)
    , m_original(event)
    , m_kind(new QComboBox(this))
    , m_occurredOn(dateEdit(event.occurredOn, this))
    , m_note(new QLineEdit(event.note, this))
{
    for (const QString &key : eventKeys()) {
        if (const auto kind = eventFromKey(key))
            m_kind->addItem(eventLabel(*kind), key);
    }
    m_kind->setCurrentIndex(m_kind->findData(eventKey(event.kind)));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_note->setObjectName(QStringLiteral("note"));
    fields()->addRow(tr("&Event:"), m_kind);
    fields()->addRow(tr("&Date:"), m_occurredOn);
    fields()->addRow(tr("N&ote:"), m_note);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventCorrectionDialog::fieldChanged);
    connect(m_occurredOn, &QDateEdit::dateChanged, this, &EventCorrectionDialog::fieldChanged);
    connect(m_note, &QLineEdit::textChanged, this, &EventCorrectionDialog::fieldChanged);
}

ComplianceEvent EventCorrectionDialog::event() const
{
    ComplianceEvent e = m_original;
    e.id = 0;
    e.correctsId = m_original.id;
    e.voided = {};
    e.kind = eventFromKey(m_kind->currentData().toString()).value_or(m_original.kind);
    e.occurredOn = m_occurredOn->date();
    e.note = m_note->text().trimmed();
    return e;
}

CertificationCorrectionDialog::CertificationCorrectionDialog(
    const Certification &certification, const QString &what, QWidget *parent)
    : ReasonDialog(tr("Correct Certification"), what, tr("Correct"), parent)
    , m_original(certification)
    , m_certificate(new QLineEdit(certification.certificate, this))
    , m_passedOn(dateEdit(certification.passedOn, this))
    , m_expires(new QCheckBox(tr("E&xpires on:"), this))
    , m_expiresOn(dateEdit(
          certification.expiresOn.isValid() ? certification.expiresOn : certification.passedOn.addYears(2),
          this))
{
    m_certificate->setObjectName(QStringLiteral("certificate"));
    m_expires->setChecked(certification.expiresOn.isValid());
    m_expiresOn->setEnabled(m_expires->isChecked());
    fields()->addRow(tr("Ce&rtificate:"), m_certificate);
    fields()->addRow(tr("&Passed on:"), m_passedOn);
    fields()->addRow(m_expires, m_expiresOn);
    connect(m_expires, &QCheckBox::toggled, m_expiresOn, &QDateEdit::setEnabled);
    connect(m_certificate, &QLineEdit::textChanged, this, &CertificationCorrectionDialog::fieldChanged);
    connect(m_passedOn, &QDateEdit::dateChanged, this, &CertificationCorrectionDialog::fieldChanged);
    connect(m_expires, &QCheckBox::toggled, this, &CertificationCorrectionDialog::fieldChanged);
    connect(m_expiresOn, &QDateEdit::dateChanged, this, &CertificationCorrectionDialog::fieldChanged);
}

Certification CertificationCorrectionDialog::certification() const
{
    Certification c = m_original;
    c.id = 0;
    c.correctsId = m_original.id;
    c.voided = {};
    c.certificate = m_certificate->text().trimmed();
    c.passedOn = m_passedOn->date();
    c.expiresOn = m_expires->isChecked() ? m_expiresOn->date() : QDate();
    return c;
}

ScoreCorrectionDialog::ScoreCorrectionDialog(const Score &score, const QString &what, QWidget *parent)
    : ReasonDialog(tr("Correct Score"), what, tr("Correct"), parent)
    , m_original(score)
    , m_metric(new QComboBox(this))
    , m_measuredOn(dateEdit(score.measuredOn, this))
    , m_value(new QLineEdit(score.value.percentText(), this))
{
    for (Metric m : { Metric::Nps, Metric::Satisfaction, Metric::Advocacy })
        m_metric->addItem(metricLabel(m), metricKey(m));
    m_metric->setCurrentIndex(m_metric->findData(metricKey(score.metric)));
    m_value->setObjectName(QStringLiteral("value"));
    fields()->addRow(tr("&Measure:"), m_metric);
    fields()->addRow(tr("&Date:"), m_measuredOn);
    fields()->addRow(tr("&Value (%):"), m_value);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ScoreCorrectionDialog::fieldChanged);
    connect(m_measuredOn, &QDateEdit::dateChanged, this, &ScoreCorrectionDialog::fieldChanged);
    connect(m_value, &QLineEdit::textChanged, this, &ScoreCorrectionDialog::fieldChanged);
    revalidate();
}

Result<Rate> ScoreCorrectionDialog::value() const
{
    return Rate::parsePercent(m_value->text().trimmed());
}

// Only whether the value is a percentage at all (Rate::parsePercent, as import reads it).
QString ScoreCorrectionDialog::fieldProblem() const
{
    const auto rate = value();
    const QString why = rate ? QString() : rate.error().message;
    markField(m_value, why);
    return why;
}

Score ScoreCorrectionDialog::score() const
{
    Score s = m_original;
    s.id = 0;
    s.correctsId = m_original.id;
    s.voided = {};
    s.metric = metricFromKey(m_metric->currentData().toString()).value_or(m_original.metric);
    s.measuredOn = m_measuredOn->date();
    s.value = value().value_or(m_original.value);
    return s;
}

} // namespace pd::ui

#include "licencedialog.h"

#include "customerpicker.h"
#include "dates.h"
#include "fieldcheck.h"
#include "formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace pd::ui {

LicenceDialog::LicenceDialog(Choices choices, Recorder record, QWidget *parent)
    : CheckedDialog(parent)
    , m_choices(std::move(choices))
    , m_record(std::move(record))
    , m_kind(new QComboBox(this))
    , m_entitlement(new QLabel(this))
    , m_customer(new CustomerPicker(m_choices.customers, this))
    , m_line(new QComboBox(this))
    , m_product(new QLineEdit(this))
    , m_edition(new QLineEdit(this))
    , m_modules(new QLineEdit(this))
    , m_seats(new QSpinBox(this))
    , m_price(new QLineEdit(this))
    , m_total(new QLabel(this))
    , m_soldOn(new QDateEdit(m_choices.today, this))
    , m_start(new QDateEdit(m_choices.today, this))
    , m_hasEnd(new QCheckBox(tr("E&nds on:"), this))
    , m_end(new QDateEdit(m_choices.today.addYears(1).addDays(-1), this))
    , m_renews(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Record Licence for %1").arg(m_choices.partnerName));
    // Names for tests and accessibility tools.
    m_kind->setObjectName(QStringLiteral("kind"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_line->setObjectName(QStringLiteral("productLine"));
    m_product->setObjectName(QStringLiteral("product"));
    m_edition->setObjectName(QStringLiteral("edition"));
    m_modules->setObjectName(QStringLiteral("modules"));
    m_seats->setObjectName(QStringLiteral("seats"));
    m_price->setObjectName(QStringLiteral("price"));
    m_soldOn->setObjectName(QStringLiteral("soldOn"));
    m_start->setObjectName(QStringLiteral("start"));
    m_hasEnd->setObjectName(QStringLiteral("hasEnd"));
    m_end->setObjectName(QStringLiteral("end"));
    m_renews->setObjectName(QStringLiteral("renews"));
    m_note->setObjectName(QStringLiteral("note"));
    m_total->setObjectName(QStringLiteral("total"));
    problemLabel()->setObjectName(QStringLiteral("refusal"));

    m_kind->addItem(tr("Sold to a customer"), int(LicenceKind::Resale));
    m_kind->addItem(tr("Internal use by the partner"), int(LicenceKind::InternalUse));
    const InternalUseEntitlement &internalUse = m_choices.internalUse;
    m_entitlement->setText(internalUse.offered
            ? tr("Internal use: %1 discount, at most %n user(s) in the partner's tier.", nullptr,
                internalUse.maxUsers)
                  .arg(formatPercentBp(internalUse.discount.bp))
            : tr("The partner's tier has no internal-use discount."));
    for (QLabel *label : { m_entitlement, m_total }) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    m_customer->lineEdit()->setPlaceholderText(tr("(no customer)"));
    for (const ProductLine &line : m_choices.productLines)
        m_line->addItem(line.name.isEmpty() ? line.key : line.name, line.key);
    m_product->setPlaceholderText(tr("The product as named on the licence"));
    m_edition->setPlaceholderText(tr("Optional"));
    m_modules->setPlaceholderText(tr("Optional, separated by commas"));
    m_seats->setRange(1, 1000000);
    m_seats->setGroupSeparatorShown(true);
    m_price->setPlaceholderText(QLocale().toString(1234.5, 'f', 2));
    for (QDateEdit *date : { m_soldOn, m_start, m_end })
        setUpDateEdit(date);
    m_hasEnd->setChecked(true);
    m_note->setPlaceholderText(tr("Optional"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addChecked(m_form, tr("&Kind:"), m_kind, Field::Kind);
    m_form->addRow(QString(), m_entitlement);
    addChecked(m_form, tr("C&ustomer:"), m_customer, Field::Customer);
    addChecked(m_form, tr("Product &line:"), m_line, Field::ProductLine);
    addChecked(m_form, tr("&Product:"), m_product, Field::Product);
    m_form->addRow(tr("E&dition:"), m_edition);
    m_form->addRow(tr("Add-on &modules:"), m_modules);
    addChecked(m_form, tr("&Seats:"), m_seats, Field::Seats);
    addChecked(m_form, tr("P&rice per seat (%1):").arg(m_choices.currency), m_price, Field::Price);
    m_form->addRow(tr("Total:"), m_total);
    m_form->addRow(tr("S&old on:"), m_soldOn);
    addChecked(m_form, tr("S&tarts on:"), m_start, Field::Start);
    m_form->addRow(m_hasEnd, m_end);
    m_editors.insert(Field::End, m_end);
    m_errors.insert(Field::End, makeErrorLabel(this));
    m_form->addRow(QString(), m_errors.value(Field::End));
    addChecked(m_form, tr("Rene&ws:"), m_renews, Field::Renews);
    m_form->addRow(tr("Not&e:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    addFooter(layout, tr("Record"));
    watch(m_product);
    watch(m_price);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LicenceDialog::kindChanged);
    connect(m_customer, &CustomerPicker::customerChanged, this, &LicenceDialog::fillRenewable);
    connect(m_renews, &QComboBox::currentIndexChanged, this, &LicenceDialog::renewsChanged);
    connect(m_start, &QDateEdit::dateChanged, this, &LicenceDialog::startChanged);
    connect(m_end, &QDateEdit::dateChanged, this, [this] {
        m_endEdited = m_endEdited || !m_settingEnd;
        revalidate();
    });
    connect(m_hasEnd, &QCheckBox::toggled, this, [this](bool on) {
        m_end->setEnabled(on);
        revalidate();
    });
    for (QLineEdit *edit : { m_product, m_edition, m_modules, m_price, m_note })
        connect(edit, &QLineEdit::textChanged, this, &LicenceDialog::revalidate);
    connect(m_line, &QComboBox::currentIndexChanged, this, &LicenceDialog::revalidate);
    connect(m_seats, &QSpinBox::valueChanged, this, &LicenceDialog::revalidate);
    connect(m_soldOn, &QDateEdit::dateChanged, this, &LicenceDialog::revalidate);

    // A partner without customers can still record its own licences.
    if (m_choices.customers.isEmpty() && m_choices.internalUse.offered)
        m_kind->setCurrentIndex(1);
    kindChanged();
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

void LicenceDialog::addChecked(QFormLayout *form, const QString &label, QWidget *editor, Field field)
{
    form->addRow(label, editor);
    QLabel *error = makeErrorLabel(this);
    form->addRow(QString(), error);
    form->setRowVisible(error, false);
    m_editors.insert(field, editor);
    m_errors.insert(field, error);
}

bool LicenceDialog::internal() const
{
    return LicenceKind(m_kind->currentData().toInt()) == LicenceKind::InternalUse;
}

void LicenceDialog::kindChanged()
{
    m_form->setRowVisible(m_customer, !internal());
    fillRenewable();
}

void LicenceDialog::startChanged()
{
    if (!m_endEdited) {
        m_settingEnd = true;
        m_end->setDate(m_start->date().addYears(1).addDays(-1));
        m_settingEnd = false;
    }
    revalidate();
}

void LicenceDialog::fillRenewable()
{
    const qint64 customerId = m_customer->customerId();
    const qint64 chosen = m_renews->currentData().toLongLong();
    const QSignalBlocker blocker(m_renews);
    m_renews->clear();
    m_renews->addItem(tr("Not a renewal"), 0);
    for (const Licence &l : std::as_const(m_choices.renewable)) {
        const bool matches = internal() ? l.kind == LicenceKind::InternalUse
                                        : l.kind == LicenceKind::Resale && l.customerId == customerId;
        if (!matches || l.renewedById > 0)
            continue;
        m_renews->addItem(tr("Licence #%1: %2, %3 to %4")
                              .arg(l.id)
                              .arg(l.product, formatDate(l.startsOn),
                                  l.endsOn.isValid() ? formatDate(l.endsOn) : tr("perpetual")),
            l.id);
    }
    m_renews->setCurrentIndex(std::max(0, m_renews->findData(chosen)));
    revalidate();
}

void LicenceDialog::renewsChanged()
{
    const qint64 id = m_renews->currentData().toLongLong();
    for (const Licence &l : std::as_const(m_choices.renewable)) {
        // A renewal usually starts the day after the licence it renews ends.
        if (l.id == id && l.endsOn.isValid()) {
            m_start->setDate(l.endsOn.addDays(1));
            if (!l.productLine.isEmpty() && m_line->findData(l.productLine) >= 0)
                m_line->setCurrentIndex(m_line->findData(l.productLine));
            if (m_product->text().trimmed().isEmpty())
                m_product->setText(l.product);
            if (m_seats->value() == 1)
                m_seats->setValue(l.seats);
        }
    }
    revalidate();
}

LicenceDialog::Price LicenceDialog::price() const
{
    // The user's locale groups digits ("1,234.50", "1.234,50", "1 234,50"): drop the grouping so
    // that "1,000" in English is a thousand, not one with three decimals.
    const QLocale locale;
    QString text = m_price->text().trimmed();
    text.remove(locale.groupSeparator());
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    if (text.isEmpty())
        return std::unexpected(tr("Enter the price of one seat for the term."));
    const auto money = Money::parse(text, m_choices.currency);
    if (!money)
        return std::unexpected(money.error().message);
    if (money->minor < 0)
        return std::unexpected(licensingText("A price cannot be negative."));
    return money->minor;
}

QHash<LicenceDialog::Field, QString> LicenceDialog::check(const Price &price) const
{
    QHash<Field, QString> issues;
    const InternalUseEntitlement &use = m_choices.internalUse;
    if (internal() && !use.offered)
        issues.insert(
            Field::Kind, licensingText("The partner's tier has no internal-use discount in its program."));
    if (!internal() && m_choices.customers.isEmpty())
        issues.insert(Field::Customer,
            tr("The partner has no customers yet: import them, or record a licence for "
               "the partner's internal use."));
    else if (!internal() && m_customer->customerId() == 0)
        issues.insert(Field::Customer, tr("Choose the customer the licence is sold to."));
    if (m_line->currentIndex() < 0)
        issues.insert(Field::ProductLine, tr("The partner's program has no product lines."));
    if (m_product->text().trimmed().isEmpty())
        issues.insert(Field::Product, licensingText("Name the licensed product."));
    if (internal() && use.offered && m_seats->value() > use.maxUsers)
        issues.insert(
            Field::Seats, tr("The internal-use discount covers at most %n user(s).", nullptr, use.maxUsers));
    if (!price)
        issues.insert(Field::Price, price.error());
    else if (const auto list = multiplied(Money { *price, m_choices.currency }, m_seats->value()); !list)
        issues.insert(Field::Seats, list.error().message);
    if (m_correcting && reason().isEmpty())
        issues.insert(Field::Reason, tr("Give the reason for the correction: it is kept with the licence."));
    if (m_hasEnd->isChecked() && m_end->date() < m_start->date())
        issues.insert(Field::End,
            licensingText("The licence ends (%1) before it starts (%2).")
                .arg(isoDate(m_end->date()), isoDate(m_start->date())));
    return issues;
}

void LicenceDialog::revalidate()
{
    const Price unit = price();
    m_issues = check(unit);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString why = m_issues.value(it.key());
        const bool shown = mark(it.value(), why);
        QLabel *error = m_errors.value(it.key());
        error->setText(shown ? why : QString());
        m_form->setRowVisible(error, shown);
    }
    const Rate discount = internal() && m_choices.internalUse.offered ? m_choices.internalUse.discount : Rate {};
    const auto list = unit ? multiplied(Money { *unit, m_choices.currency }, m_seats->value())
                           : Result<Money>(std::unexpected(Error {}));
    const auto paid = list ? afterDiscount(*list, discount) : list;
    if (paid) {
        m_total->setText(discount.bp > 0
                ? tr("%1 after the %2 internal-use discount on %3")
                      .arg(formatMoney(*paid), formatPercentBp(discount.bp), formatMoney(*list))
                : tr("%1 (%n seat(s) at %2)", nullptr, m_seats->value())
                      .arg(formatMoney(*paid), formatMoney(Money { *unit, m_choices.currency })));
    } else {
        m_total->setText(QString(QChar(0x2013)));
    }
    showProblem({});
    checked(m_issues.isEmpty());
}

void LicenceDialog::fill(const Licence &l)
{
    m_kind->setCurrentIndex(m_kind->findData(int(l.kind)));
    if (l.kind == LicenceKind::Resale)
        m_customer->setCustomerId(l.customerId);
    m_product->setText(l.product);
    m_edition->setText(l.edition);
    m_modules->setText(l.modules.join(QStringLiteral(", ")));
    m_seats->setValue(l.seats);
    if (l.unitPrice.currency == m_choices.currency)
        m_price->setText(l.unitPrice.plainText().replace(u'.', QLocale().decimalPoint()));
}

void LicenceDialog::renew(qint64 licenceId)
{
    for (const Licence &l : std::as_const(m_choices.renewable)) {
        if (l.id != licenceId)
            continue;
        fill(l);
        m_renews->setCurrentIndex(std::max(0, m_renews->findData(l.id)));
        if (l.endsOn.isValid() && l.startsOn.isValid()) {
            // The same term as the licence it renews.
            m_end->setDate(m_start->date().addDays(l.startsOn.daysTo(l.endsOn)));
        } else {
            m_hasEnd->setChecked(l.endsOn.isValid());
        }
        m_soldOn->setDate(std::min(m_choices.today, m_start->date()));
        m_product->setFocus();
    }
    revalidate();
}

void LicenceDialog::correct(qint64 originalId, const Licence &values)
{
    m_correcting = true;
    m_keptRenewsId = values.renewsId;
    setWindowTitle(tr("Correct Licence #%1").arg(originalId));
    okButton()->setText(tr("Correct"));
    fill(values);
    m_start->setDate(values.startsOn);
    m_endEdited = true;
    m_hasEnd->setChecked(values.endsOn.isValid());
    if (values.endsOn.isValid())
        m_end->setDate(values.endsOn);
    m_soldOn->setDate(values.soldOn);
    m_note->setText(values.note);
    // What it renews stays as it is: the list offers only licences not yet renewed.
    m_form->setRowVisible(m_renews, false);
    if (!m_reason) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        addChecked(m_form, tr("Rea&son:"), m_reason, Field::Reason);
        connect(m_reason, &QLineEdit::textChanged, this, &LicenceDialog::revalidate);
        watch(m_reason);
    }
    m_reason->setFocus();
    revalidate();
}

QString LicenceDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

Licence LicenceDialog::licence() const
{
    Licence l;
    l.kind = internal() ? LicenceKind::InternalUse : LicenceKind::Resale;
    l.customerId = internal() ? 0 : m_customer->customerId();
    l.productLine = m_line->currentData().toString();
    l.product = m_product->text().trimmed();
    l.edition = m_edition->text().trimmed();
    l.modules = m_modules->text().split(u',', Qt::SkipEmptyParts);
    l.seats = m_seats->value();
    l.soldOn = m_soldOn->date();
    l.startsOn = m_start->date();
    l.endsOn = m_hasEnd->isChecked() ? m_end->date() : QDate();
    l.renewsId = m_correcting ? m_keptRenewsId : m_renews->currentData().toLongLong();
    l.unitPrice = Money { price().value_or(0), m_choices.currency };
    l.note = m_note->text().trimmed();
    return l;
}

QString LicenceDialog::issue(Field field) const
{
    return m_issues.value(field);
}

bool LicenceDialog::isAcceptable() const
{
    return m_issues.isEmpty();
}

QString LicenceDialog::refusal() const
{
    return problemLabel()->text();
}

void LicenceDialog::accept()
{
    if (!readyToAccept())
        return;
    const auto recorded = m_record(licence());
    if (refused(recorded))
        return;
    m_recorded = *recorded;
    QDialog::accept();
}

} // namespace pd::ui

#include "overridedialog.h"

#include "formatting.h"
#include "translations.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
// User input as core parses it: the locale's decimal comma as a point, a trailing percent sign
// and no-break spaces dropped.
QString plainNumber(QString text)
{
    text.replace(QChar(0x00A0), u' ');
    text = text.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    text = text.trimmed();
    const QString point = formattingLocale().decimalPoint();
    if (point != QLatin1StringView("."))
        text.replace(point, QStringLiteral("."));
    return text;
}
} // namespace

OverrideDialog::OverrideDialog(const Program &program, const QDate &today, QWidget *parent)
    : CheckedDialog(parent)
    , m_programCurrency(program.currency)
    , m_line(new QComboBox(this))
    , m_from(new QDateEdit(today, this))
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_valueLabel(new QLabel(this))
    , m_currency(new QComboBox(this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Add Negotiated Rate"));
    m_line->setObjectName(QStringLiteral("line"));
    m_from->setObjectName(QStringLiteral("from"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_value->setObjectName(QStringLiteral("value"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_reason->setObjectName(QStringLiteral("reason"));
    problemLabel()->setObjectName(QStringLiteral("problem"));
    for (const ProductLine &l : program.productLines)
        m_line->addItem(l.name, l.key);
    m_line->addItem(tr("Renewals"), QStringLiteral("renewal"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(formattingLocale().dateFormat(QLocale::ShortFormat));
    m_kind->addItem(tr("Reward rate (%)"), int(OverrideKind::Rate));
    m_kind->addItem(tr("Commission per unit"), int(OverrideKind::Fixed));
    m_kind->addItem(tr("Back to the program's rate"), int(OverrideKind::Program));
    m_currency->addItems(Currency::codes());
    m_currency->setCurrentText(program.currency);

    auto *intro = new QLabel(tr("The rate replaces the program's for this line from its date, until the next "
                                "negotiated rate of the line. It is never changed: add another to change it."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Product &line:"), m_line);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(m_valueLabel, m_value);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Reason:"), m_reason);
    m_valueLabel->setBuddy(m_value);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    addFooter(layout, tr("Add"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &OverrideDialog::kindChanged);
    for (QLineEdit *e : { m_value, m_reason })
        connect(e, &QLineEdit::textChanged, this, &OverrideDialog::revalidate);
    connect(m_from, &QDateEdit::dateChanged, this, &OverrideDialog::revalidate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &OverrideDialog::revalidate);
    watch(m_value);
    watch(m_reason);
    kindChanged();
}

void OverrideDialog::kindChanged()
{
    const auto kind = OverrideKind(m_kind->currentData().toInt());
    m_value->setEnabled(kind != OverrideKind::Program);
    m_currency->setEnabled(kind == OverrideKind::Fixed);
    m_valueLabel->setText(kind == OverrideKind::Fixed ? tr("&Amount per unit:") : tr("&Rate (%):"));
    revalidate();
}

Result<RateOverride> OverrideDialog::value() const
{
    RateOverride o;
    o.productLine = m_line->currentData().toString();
    o.effectiveOn = m_from->date();
    o.kind = OverrideKind(m_kind->currentData().toInt());
    o.reason = m_reason->text().trimmed();
    if (o.kind == OverrideKind::Rate) {
        const auto rate = Rate::parsePercent(plainNumber(m_value->text()));
        if (!rate)
            return std::unexpected(rate.error());
        o.rate = *rate;
    } else if (o.kind == OverrideKind::Fixed) {
        const auto amount = Money::parse(plainNumber(m_value->text()), m_currency->currentText());
        if (!amount)
            return std::unexpected(amount.error());
        o.perUnit = *amount;
    }
    return o;
}

QString OverrideDialog::problem() const
{
    const QString shown = problemLabel()->text();
    return shown.isEmpty() ? m_issue : shown;
}

void OverrideDialog::revalidate()
{
    const auto v = value();
    const bool needsValue = OverrideKind(m_kind->currentData().toInt()) != OverrideKind::Program;
    QString valueIssue;
    if (needsValue && m_value->text().trimmed().isEmpty())
        valueIssue = tr("Enter the rate or the amount that was negotiated.");
    else if (!v)
        valueIssue = v.error().message;
    const QString reasonIssue
        = m_reason->text().trimmed().isEmpty() ? tr("Give the reason: what was agreed, with whom.") : QString();
    const bool valueShown = mark(m_value, valueIssue);
    const bool reasonShown = mark(m_reason, reasonIssue);
    m_issue = !valueIssue.isEmpty() ? valueIssue : reasonIssue;
    showProblem(valueShown ? valueIssue : reasonShown ? reasonIssue : QString());
    checked(m_issue.isEmpty());
}

void OverrideDialog::accept()
{
    if (!readyToAccept())
        return;
    const auto v = value();
    if (refused(v) || (m_submit && refused(m_submit(*v))))
        return;
    QDialog::accept();
}

} // namespace pd::ui

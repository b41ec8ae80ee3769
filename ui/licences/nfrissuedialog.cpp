#include "nfrissuedialog.h"

#include "fieldcheck.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

// A spin box whose minimum stands for "what the tier gives".
QSpinBox *termBox(int max, const QString &suffix, const QString &tierText, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, max);
    box->setValue(-1);
    box->setSpecialValueText(tierText);
    box->setSuffix(suffix);
    return box;
}

} // namespace

NfrIssueDialog::NfrIssueDialog(
    const QString &partnerName, const NfrEntitlement &entitlement, const QDate &today, QWidget *parent)
    : CheckedDialog(parent)
    , m_entitlement(entitlement)
    , m_product(new QLineEdit(this))
    , m_modules(new QLineEdit(this))
    , m_issued(new QDateEdit(today, this))
{
    m_product->setObjectName(QStringLiteral("product"));
    problemLabel()->setObjectName(QStringLiteral("problem"));
    setWindowTitle(tr("Issue NFR Key to %1").arg(partnerName));
    m_months = termBox(120, tr(" months"),
        entitlement.validMonths > 0 ? tr("tier: %n month(s)", nullptr, entitlement.validMonths)
                                    : tr("(required)"),
        this);
    m_addonDays = termBox(3660, tr(" days"),
        entitlement.addonDays > 0 ? tr("tier: %n day(s)", nullptr, entitlement.addonDays) : tr("tier: none"),
        this);
    setUpDateEdit(m_issued);
    m_product->setPlaceholderText(tr("The product the demo key is for"));
    m_modules->setPlaceholderText(tr("Add-on modules, separated by commas (empty: all)"));

    auto *entitlementText
        = new QLabel(tr("Entitlement of the partner's tier: %1.").arg(entitlement.describe()), this);
    entitlementText->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("Add-on &modules:"), m_modules);
    form->addRow(tr("&Issued on:"), m_issued);
    form->addRow(tr("&Valid for:"), m_months);
    form->addRow(tr("Add-ons &enabled for:"), m_addonDays);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(entitlementText);
    layout->addLayout(form);
    addFooter(layout, tr("Issue"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    connect(m_product, &QLineEdit::textChanged, this, &NfrIssueDialog::revalidate);
    connect(m_months, &QSpinBox::valueChanged, this, &NfrIssueDialog::revalidate);
    watch(m_product);
    watch(m_months);
    revalidate();
}

void NfrIssueDialog::revalidate()
{
    const QString product = m_product->text().trimmed().isEmpty()
        ? licensingText("Name the product the NFR key is for.")
        : QString();
    const int validMonths = m_months->value() >= 0 ? m_months->value() : m_entitlement.validMonths;
    const QString months = validMonths <= 0
        ? licensingText("The program sets no validity for NFR keys of this tier: give the number of months.")
        : QString();
    const bool productShown = mark(m_product, product);
    const bool monthsShown = mark(m_months, months);
    m_issue = !product.isEmpty() ? product : months;
    showProblem(productShown ? product : monthsShown ? months : QString());
    checked(m_issue.isEmpty());
}

QString NfrIssueDialog::problem() const
{
    return m_issue;
}

NfrIssueRequest NfrIssueDialog::request() const
{
    NfrIssueRequest r;
    r.product = m_product->text().trimmed();
    r.modules = m_modules->text().split(u',', Qt::SkipEmptyParts);
    r.issuedOn = m_issued->date();
    if (m_months->value() >= 0)
        r.validMonths = m_months->value();
    if (m_addonDays->value() >= 0)
        r.addonDays = m_addonDays->value();
    return r;
}

} // namespace pd::ui

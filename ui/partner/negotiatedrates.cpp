#include "negotiatedrates.h"

#include "actionbutton.h"
#include "editing.h"
#include "formatting.h"
#include "overridedialog.h"
#include "recordtabs.h"
#include "storage/store.h"

#include <QAction>
#include <QPushButton>
#include <QHBoxLayout>
#include <QLocale>
#include <QVBoxLayout>

namespace pd::ui {

NegotiatedRates::NegotiatedRates(QWidget *parent)
    : QWidget(parent)
    , m_table(new RecordTable({ tr("Product line"), tr("From"), tr("Kind"), tr("Value"), tr("Reason"), tr("Recorded by"),
                                tr("Recorded") },
                              this))
    , m_add(new QAction(tr("Add Negotiated &Rate…"), this))
{
    m_add->setObjectName(QStringLiteral("addNegotiatedRate"));
    connect(m_add, &QAction::triggered, this, &NegotiatedRates::addWithDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(m_add, this));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    clear();
}

QString NegotiatedRates::kindText(OverrideKind kind)
{
    switch (kind) {
    case OverrideKind::Rate:
        return tr("Reward rate");
    case OverrideKind::Fixed:
        return tr("Commission per unit");
    case OverrideKind::Program:
        break;
    }
    return tr("Program's rate");
}

QString NegotiatedRates::valueText(const RateOverride &o)
{
    switch (o.kind) {
    case OverrideKind::Rate:
        return formatPercentBp(o.rate.bp);
    case OverrideKind::Fixed:
        return formatMoney(o.perUnit);
    case OverrideKind::Program:
        break;
    }
    return QStringLiteral("–");
}

void NegotiatedRates::setPartner(Store &store, const Partner &partner, const Program *program, const QDate &today,
                                  const QList<RateOverride> &overrides)
{
    m_store = &store;
    m_partner = partner;
    m_hasProgram = program != nullptr;
    m_program = program ? *program : Program {};
    m_today = today;
    updateAction();
    showOverrides(overrides);
}

void NegotiatedRates::clear()
{
    m_store = nullptr;
    m_partner = Partner {};
    m_hasProgram = false;
    m_table->setRows({}, QString());
    updateAction();
}

void NegotiatedRates::setReadOnlyReason(const QString &reason)
{
    m_readOnly = reason;
    updateAction();
}

void NegotiatedRates::updateAction()
{
    setEditingEnabled(m_add, m_store && m_hasProgram, m_readOnly);
}

void NegotiatedRates::reload()
{
    updateAction();
    if (!m_store)
        return;
    const auto overrides = RateOverrideStore(m_store->database()).forPartner(m_partner.id);
    if (!overrides) {
        m_table->setRows({}, overrides.error().message);
        return;
    }
    showOverrides(*overrides);
}

void NegotiatedRates::showOverrides(const QList<RateOverride> &overrides)
{
    QList<QList<RecordCell>> rows;
    for (const RateOverride &o : overrides) {
        QString line = o.productLine == QLatin1StringView("renewal") ? tr("Renewals") : o.productLine;
        for (const ProductLine &l : m_program.productLines) {
            if (l.key == o.productLine)
                line = l.name;
        }
        RecordCell from { formatDate(o.effectiveOn), o.effectiveOn };
        RecordCell recorded { QLocale().toString(o.recordedAt.toLocalTime(), QLocale::ShortFormat),
                              o.recordedAt.toSecsSinceEpoch() };
        RecordCell value { valueText(o) };
        value.alignRight = true;
        rows.append({ RecordCell { line }, from, RecordCell { kindText(o.kind) }, value,
                      RecordCell { o.reason, {}, o.reason }, RecordCell { o.recordedBy }, recorded });
    }
    m_table->setRows(rows, tr("%n negotiated rate(s): each replaces the program's rate for its line from its date",
                              nullptr, int(rows.size())));
}

Result<RateOverride> NegotiatedRates::add(RateOverride o)
{
    if (!m_store)
        return fail(Error::Code::NotFound, tr("No partner is shown."));
    if (!m_readOnly.isEmpty())
        return fail(Error::Code::PermissionDenied, m_readOnly);
    o.partnerId = m_partner.id; // who and when: stamped by core
    const auto written = RateOverrideStore(m_store->database()).add(o);
    if (written) {
        reload();
        emit added();
    }
    return written;
}

void NegotiatedRates::addWithDialog()
{
    if (!m_store || !m_hasProgram)
        return;
    OverrideDialog dialog(m_program, m_today, this);
    dialog.setSubmitter([this](const RateOverride &o) { return add(o); });
    dialog.exec();
}

} // namespace pd::ui

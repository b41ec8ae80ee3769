#include "spifeditdialog.h"

#include "dates.h"
#include "fieldcheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QListWidget *checkList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setMaximumHeight(list->fontMetrics().height() * 6);
    return list;
}

void addItem(QListWidget *list, const QString &key, const QString &text, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QStringList checkedKeys(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

// A decimal as typed: a comma is read as the decimal point.
QString decimal(const QLineEdit *edit)
{
    return edit->text().trimmed().replace(u',', u'.');
}

} // namespace

SpifEditDialog::SpifEditDialog(const QList<StoredProgram> &programs, const SpifCampaign &campaign, bool isNew,
                               Checker check, Saver save, QWidget *parent)
    : CheckedDialog(parent)
    , m_programs(programs)
    , m_check(std::move(check))
    , m_save(std::move(save))
    , m_campaign(campaign)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(campaign.name, this))
    , m_key(new QLineEdit(campaign.key, this))
    , m_description(new QLineEdit(campaign.description, this))
    , m_from(new QDateEdit(campaign.from, this))
    , m_until(new QDateEdit(campaign.until, this))
    , m_programList(checkList(QStringLiteral("programs"), this))
    , m_tiers(checkList(QStringLiteral("tiers"), this))
    , m_lines(checkList(QStringLiteral("productLines"), this))
    , m_renewals(new QCheckBox(tr("Re&newals earn the bonus"), this))
    , m_kind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_percent(new QLineEdit(this))
{
    setWindowTitle(isNew ? tr("New SPIF Campaign") : tr("Edit SPIF Campaign %1").arg(campaign.name));
    m_name->setObjectName(QStringLiteral("name"));
    m_key->setObjectName(QStringLiteral("key"));
    m_description->setObjectName(QStringLiteral("description"));
    m_from->setObjectName(QStringLiteral("from"));
    m_until->setObjectName(QStringLiteral("until"));
    m_renewals->setObjectName(QStringLiteral("renewals"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_percent->setObjectName(QStringLiteral("percent"));
    problemLabel()->setObjectName(QStringLiteral("refusal"));
    m_key->setReadOnly(!isNew);
    m_key->setPlaceholderText(tr("lower-case letters, digits, '_' and '-'"));
    m_description->setPlaceholderText(tr("Optional"));
    setUpDateEdit(m_from);
    setUpDateEdit(m_until);
    for (const StoredProgram &p : m_programs)
        addItem(m_programList, p.program.key, p.program.name, campaign.programs.contains(p.program.key));
    m_renewals->setChecked(campaign.renewals);
    m_kind->addItem(tr("Amount per unit"), QStringLiteral("perUnit"));
    m_kind->addItem(tr("Amount per line"), QStringLiteral("perLine"));
    m_kind->addItem(tr("Percentage of the line"), QStringLiteral("percent"));
    m_kind->setCurrentIndex(m_kind->findData(spifKindKey(campaign.bonusKind)));
    m_currency->addItems(Currency::codes());
    const bool fixed = campaign.bonusKind != SpifBonusKind::Percent;
    if (fixed && !isNew)
        m_amount->setText(campaign.amount.plainText());
    m_currency->setCurrentText(campaign.amount.currency.isEmpty() ? QStringLiteral("RUB") : campaign.amount.currency);
    m_percent->setText(fixed ? QString() : campaign.percent.percentText());
    m_amount->setPlaceholderText(QStringLiteral("500.00"));
    m_percent->setPlaceholderText(QStringLiteral("2.5"));

    const auto row = [this](const QString &label, QWidget *field) {
        m_form->addRow(label, field);
        QLabel *error = makeErrorLabel(this);
        error->setObjectName(field->objectName() + QStringLiteral("Error"));
        m_form->addRow(QString(), error);
        m_form->setRowVisible(error, false);
        m_errors.insert(field, error);
    };
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    row(tr("&Name:"), m_name);
    row(tr("&Key:"), m_key);
    row(tr("&Description:"), m_description);
    row(tr("&From:"), m_from);
    row(tr("&Until:"), m_until);
    row(tr("&Programs:"), m_programList);
    row(tr("&Tiers:"), m_tiers);
    row(tr("Product &lines:"), m_lines);
    auto *hint = new QLabel(tr("With no tier or product line checked, the campaign pays on all of them."), this);
    hint->setWordWrap(true);
    m_form->addRow(QString(), hint);
    m_form->addRow(QString(), m_renewals);
    m_form->addRow(tr("&Bonus:"), m_kind);
    row(tr("&Amount:"), m_amount);
    row(tr("&Currency:"), m_currency);
    row(tr("P&ercent:"), m_percent);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    addFooter(layout, tr("Save"));

    m_chosen.insert(m_tiers, campaign.tiers);
    m_chosen.insert(m_lines, campaign.productLines);
    fillChoices();
    kindChanged();
    if (isNew) {
        watch(m_name);
        watch(m_key);
        watch(m_amount);
        watch(m_percent);
    }
    for (QLineEdit *edit : { m_name, m_key, m_description, m_amount, m_percent })
        connect(edit, &QLineEdit::textChanged, this, &SpifEditDialog::revalidate);
    for (QDateEdit *edit : { m_from, m_until })
        connect(edit, &QDateEdit::dateChanged, this, &SpifEditDialog::revalidate);
    connect(m_programList, &QListWidget::itemChanged, this, [this] {
        fillChoices();
        revalidate();
    });
    for (QListWidget *list : { m_tiers, m_lines }) {
        connect(list, &QListWidget::itemChanged, this, [this, list](QListWidgetItem *item) {
            const QString key = item->data(Qt::UserRole).toString();
            QStringList &chosen = m_chosen[list];
            chosen.removeAll(key);
            if (item->checkState() == Qt::Checked)
                chosen << key;
            revalidate();
        });
    }
    connect(m_renewals, &QCheckBox::toggled, this, &SpifEditDialog::revalidate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &SpifEditDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        kindChanged();
        revalidate();
    });
    revalidate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

void SpifEditDialog::fillChoices()
{
    // A checked tier or line is remembered while its program is not chosen.
    const QStringList &tiers = m_chosen[m_tiers];
    const QStringList &lines = m_chosen[m_lines];
    const QStringList chosen = checkedKeys(m_programList);
    const QSignalBlocker blockTiers(m_tiers);
    const QSignalBlocker blockLines(m_lines);
    m_tiers->clear();
    m_lines->clear();
    QStringList seenTiers, seenLines;
    for (const StoredProgram &sp : std::as_const(m_programs)) {
        if (!chosen.contains(sp.program.key))
            continue;
        for (const Tier &t : sp.program.tiers) {
            if (!seenTiers.contains(t.key)) {
                seenTiers << t.key;
                addItem(m_tiers, t.key, QStringLiteral("%1 (%2)").arg(t.name, t.key), tiers.contains(t.key));
            }
        }
        for (const ProductLine &l : sp.program.productLines) {
            if (!seenLines.contains(l.key)) {
                seenLines << l.key;
                addItem(m_lines, l.key, QStringLiteral("%1 (%2)").arg(l.name, l.key), lines.contains(l.key));
            }
        }
    }
}

void SpifEditDialog::kindChanged()
{
    const bool percent = m_kind->currentData().toString() == QLatin1StringView("percent");
    m_form->setRowVisible(m_amount, !percent);
    m_form->setRowVisible(m_currency, !percent);
    m_form->setRowVisible(m_percent, percent);
}

QByteArray SpifEditDialog::definition() const
{
    QJsonObject bonus { { QStringLiteral("kind"), m_kind->currentData().toString() } };
    if (m_kind->currentData().toString() == QLatin1StringView("percent")) {
        bonus.insert(QStringLiteral("percent"), decimal(m_percent));
    } else {
        bonus.insert(QStringLiteral("amount"), decimal(m_amount));
        bonus.insert(QStringLiteral("currency"), m_currency->currentText());
    }
    QJsonObject o { { QStringLiteral("format"), SpifCampaign::kFormat },
                    { QStringLiteral("key"), m_key->text().trimmed() },
                    { QStringLiteral("name"), m_name->text().trimmed() },
                    { QStringLiteral("from"), isoDate(m_from->date()) },
                    { QStringLiteral("until"), isoDate(m_until->date()) },
                    { QStringLiteral("programs"), QJsonArray::fromStringList(checkedKeys(m_programList)) },
                    { QStringLiteral("tiers"), QJsonArray::fromStringList(checkedKeys(m_tiers)) },
                    { QStringLiteral("productLines"), QJsonArray::fromStringList(checkedKeys(m_lines)) },
                    { QStringLiteral("renewals"), m_renewals->isChecked() },
                    { QStringLiteral("bonus"), bonus } };
    if (!m_description->text().trimmed().isEmpty())
        o.insert(QStringLiteral("description"), m_description->text().trimmed());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QWidget *SpifEditDialog::fieldOf(const QString &path) const
{
    static const QList<std::pair<QLatin1StringView, int>> prefixes {
        { QLatin1StringView("$.key"), 0 },          { QLatin1StringView("$.name"), 1 },
        { QLatin1StringView("$.description"), 2 },  { QLatin1StringView("$.from"), 3 },
        { QLatin1StringView("$.until"), 4 },        { QLatin1StringView("$.programs"), 5 },
        { QLatin1StringView("$.tiers"), 6 },        { QLatin1StringView("$.productLines"), 7 },
        { QLatin1StringView("$.bonus.amount"), 8 }, { QLatin1StringView("$.bonus.currency"), 9 },
        { QLatin1StringView("$.bonus.percent"), 10 },
    };
    const QList<QWidget *> fields { m_key, m_name, m_description, m_from, m_until, m_programList,
                                    m_tiers, m_lines, m_amount, m_currency, m_percent };
    for (const auto &[prefix, i] : prefixes) {
        if (path.startsWith(prefix))
            return fields.at(i);
    }
    return nullptr;
}

void SpifEditDialog::revalidate()
{
    SpifCampaign c;
    QList<SpifIssue> issues = validateSpifJson(definition(), &c);
    if (issues.isEmpty()) {
        const auto more = m_check(c);
        if (more)
            issues = *more;
        else
            issues << SpifIssue { QStringLiteral("$"), more.error().message };
    }
    m_campaign = c;
    QHash<QWidget *, QStringList> byField;
    QStringList other;
    for (const SpifIssue &i : std::as_const(issues)) {
        if (QWidget *field = fieldOf(i.path))
            byField[field] << i.message;
        else
            other << i.path + QStringLiteral(": ") + i.message;
    }
    m_issues.clear();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString why = byField.value(it.key()).join(u'\n');
        if (!why.isEmpty())
            m_issues.insert(it.key()->objectName(), why);
        it.value()->setText(why);
        const bool shown = mark(it.key(), why);
        m_form->setRowVisible(it.value(), shown && m_form->isRowVisible(it.key()));
    }
    showProblem(other.join(u'\n'));
    checked(issues.isEmpty());
}

QString SpifEditDialog::refusal() const
{
    return problemLabel()->text();
}

void SpifEditDialog::accept()
{
    if (!readyToAccept() || refused(m_save(m_campaign)))
        return;
    QDialog::accept();
}

} // namespace pd::ui

#include "spifcampaignsdialog.h"

#include "editing.h"
#include "fieldcheck.h"
#include "session.h"
#include "spifeditdialog.h"
#include "spifmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

SpifCampaignsDialog::SpifCampaignsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new SpifModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_message(makeErrorLabel(this))
    , m_done(new QLabel(this))
{
    setWindowTitle(tr("SPIF Campaigns"));
    m_table->setObjectName(QStringLiteral("campaigns"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_add, m_edit, m_remove, m_import, m_export })
        buttons->addWidget(b);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_done);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            openEditor(false);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString key = currentKey();
        if (!key.isEmpty()
            && QMessageBox::question(this, tr("Remove SPIF Campaign"),
                                     tr("Remove the SPIF campaign \"%1\"? Statements no longer show its bonuses.")
                                         .arg(m_model->at(m_model->rowOf(key)).name))
                == QMessageBox::Yes)
            removeCampaign(key);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import SPIF Campaign"), QString(),
                                                          tr("SPIF campaign (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString key = currentKey();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export SPIF Campaign"), key + QStringLiteral(".json"),
                                                          tr("SPIF campaign (*.json)"));
        if (!key.isEmpty() && !path.isEmpty())
            exportTo(key, path);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SpifCampaignsDialog::updateButtons);
    connect(m_session, &Session::readOnlyChanged, this, &SpifCampaignsDialog::updateButtons);
    reload();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 22);
}

void SpifCampaignsDialog::reload()
{
    const QString key = currentKey();
    const auto campaigns = SpifStore(m_session->store().database()).campaigns();
    if (!campaigns) {
        m_model->setCampaigns({});
        say(campaigns.error().message, true);
    } else {
        m_model->setCampaigns(*campaigns);
    }
    m_table->resizeColumnsToContents();
    if (!select(key) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void SpifCampaignsDialog::updateButtons()
{
    const QString reason = m_session->readOnlyReason();
    const bool selected = !currentKey().isEmpty();
    setEditingEnabled(m_add, true, reason);
    setEditingEnabled(m_edit, selected, reason);
    setEditingEnabled(m_remove, selected, reason);
    setEditingEnabled(m_import, true, reason);
    m_export->setEnabled(selected);
}

QString SpifCampaignsDialog::currentKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->at(rows.first().row()).key;
}

bool SpifCampaignsDialog::select(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void SpifCampaignsDialog::say(const QString &text, bool problem)
{
    // A refusal in the error colour, a confirmation in the normal one; one shows at a time.
    m_message->setText(problem ? text : QString());
    m_message->setVisible(problem);
    m_done->setText(problem ? QString() : text);
}

QString SpifCampaignsDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : m_done->text();
}

bool SpifCampaignsDialog::importFrom(const QString &path)
{
    if (auto writable = m_session->checkWritable(); !writable) {
        say(writable.error().message, true);
        return false;
    }
    const auto campaign = spifFromFile(path);
    if (!campaign) {
        say(campaign.error().message, true);
        return false;
    }
    if (auto r = SpifStore(m_session->store().database()).save(*campaign); !r) {
        say(r.error().message, true);
        return false;
    }
    reload();
    select(campaign->key);
    say(tr("SPIF campaign \"%1\" imported from %2.").arg(campaign->name, QDir::toNativeSeparators(path)), false);
    return true;
}

bool SpifCampaignsDialog::exportTo(const QString &key, const QString &path)
{
    const auto campaign = SpifStore(m_session->store().database()).campaign(key);
    if (!campaign) {
        say(campaign.error().message, true);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(spifToJson(*campaign)) < 0 || !f.commit()) {
        say(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), true);
        return false;
    }
    say(tr("SPIF campaign \"%1\" exported to %2.").arg(campaign->name, QDir::toNativeSeparators(path)), false);
    return true;
}

bool SpifCampaignsDialog::removeCampaign(const QString &key)
{
    if (auto writable = m_session->checkWritable(); !writable) {
        say(writable.error().message, true);
        return false;
    }
    if (auto r = SpifStore(m_session->store().database()).remove(key); !r) {
        say(r.error().message, true);
        return false;
    }
    reload();
    say(tr("SPIF campaign \"%1\" removed.").arg(key), false);
    return true;
}

void SpifCampaignsDialog::openEditor(bool isNew)
{
    SpifCampaign campaign;
    if (isNew) {
        const QDate today = m_session->today();
        campaign.from = QDate(today.year(), today.month(), 1);
        campaign.until = QDate(today.year(), 12, 31);
        if (!m_session->programs().isEmpty()) {
            campaign.programs = { m_session->programs().first().program.key };
            campaign.amount.currency = m_session->programs().first().program.currency;
        }
    } else {
        const int row = m_model->rowOf(currentKey());
        if (row < 0)
            return;
        campaign = m_model->at(row);
    }
    Database &db = m_session->store().database();
    SpifEditDialog editor(
        m_session->programs(), campaign, isNew, [&db](const SpifCampaign &c) { return SpifStore(db).check(c); },
        [this, &db](const SpifCampaign &c) -> Result<void> {
            if (auto writable = m_session->checkWritable(); !writable)
                return writable;
            return SpifStore(db).save(c);
        },
        this);
    if (editor.exec() != QDialog::Accepted)
        return;
    reload();
    select(editor.campaign().key);
    say(tr("SPIF campaign \"%1\" saved.").arg(editor.campaign().name), false);
}

} // namespace pd::ui

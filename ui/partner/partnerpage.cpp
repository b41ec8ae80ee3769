#include "partnerpage.h"

#include "actionbutton.h"
#include "charts/chartbuilder.h"
#include "charts/chartwidget.h"
#include "editing.h"
#include "formatting.h"
#include "licences/certificationsview.h"
#include "licences/creditsview.h"
#include "licences/licencesview.h"
#include "licences/nfrkeysview.h"
#include "negotiatedrates.h"
#include "profileform.h"
#include "recordtabs.h"
#include "report/revenuechartdata.h"
#include "session.h"
#include "team/conflictdialog.h"
#include "tierchangedialog.h"
#include "tierstatustab.h"
#include "username.h"
#include "workers/readthread.h"

#include <QAction>
#include <QDataStream>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

// The form keeps what the user typed; the stored partner has no surrounding spaces where they
// would make two codes or two account owners look alike.
Partner trimmedForSave(Partner p)
{
    p.code = p.code.trimmed();
    p.name = p.name.trimmed();
    p.owner = p.owner.trimmed();
    return p;
}

} // namespace

PartnerPage::PartnerPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new ProfileForm(this))
    , m_staff(new RecordTable(RecordRows::staffHeaders(), this))
    , m_certifications(new RecordTable(RecordRows::certificationHeaders(), this))
    , m_customers(new RecordTable(RecordRows::customerHeaders(), this))
    , m_sales(new RecordTable(RecordRows::saleHeaders(), this))
    , m_events(new RecordTable(RecordRows::eventHeaders(), this))
    , m_history(new RecordTable(RecordRows::historyHeaders(), this))
    , m_scores(new RecordTable(RecordRows::scoreHeaders(), this))
    , m_fieldChanges(new RecordTable(RecordRows::fieldChangeHeaders(), this))
    , m_historySplit(new QSplitter(Qt::Vertical, this))
    , m_chart(new ChartWidget(this))
    , m_salesSplit(new QSplitter(Qt::Vertical, this))
    , m_negotiatedRates(new NegotiatedRates(this))
    , m_staffSplit(new QSplitter(Qt::Vertical, this))
    , m_licencesTab(new QWidget(this))
    , m_nfrKeysTab(new QWidget(this))
    , m_creditsTab(new QWidget(this))
    , m_certificationsTab(new QWidget(this))
    , m_corrections(new RecordCorrections(session, this, this))
    , m_reader(new ReadThread(this))
    , m_latestRead(std::make_shared<std::atomic<quint64>>(0))
{
    m_save = new QAction(tr("&Save Partner"), this);
    connect(m_save, &QAction::triggered, this, &PartnerPage::saveWithMessages);
    m_revert = new QAction(tr("&Revert Partner"), this);
    m_revert->setToolTip(tr("Drop unsaved edits of the profile"));
    connect(m_revert, &QAction::triggered, this, &PartnerPage::reload);
    m_changeTier = new QAction(tr("Change &Tier…"), this);
    m_changeTier->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_changeTier->setToolTip(tr("Move the partner to another tier, with a reason for the history"));
    connect(m_changeTier, &QAction::triggered, this, [this] { changeTierWithDialog(false); });
    m_applyProposed = new QAction(tr("&Apply Proposed Tier…"), this);
    m_applyProposed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_applyProposed->setToolTip(tr("Move the partner to the tier its records qualify for"));
    connect(m_applyProposed, &QAction::triggered, this, [this] { changeTierWithDialog(true); });

    m_tierStatus = new TierStatusTab(m_applyProposed, m_changeTier, this);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("partnerTitle"));
    m_subtitle->setObjectName(QStringLiteral("partnerSubtitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long name or subtitle must not set the page's minimum width (it would squeeze the partner
    // browser beside it): the labels take the space the layout gives them.
    // The title shares its row with the buttons; the subtitle has the full width below.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_subtitle->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(actionButton(m_save, this));
    header->addWidget(actionButton(m_revert, this));
    header->addWidget(actionButton(m_changeTier, this));

    m_staffSplit->addWidget(m_staff);
    m_staffSplit->addWidget(m_certifications);
    m_salesSplit->addWidget(m_chart);
    m_salesSplit->addWidget(m_sales);
    m_salesSplit->setStretchFactor(0, 3);
    m_salesSplit->setStretchFactor(1, 2);
    m_chart->setMinimumHeight(260);

    m_tabs->addTab(m_form, tr("&Profile"));
    m_tabs->addTab(m_staffSplit, tr("Sta&ff"));
    m_tabs->addTab(m_customers, tr("&Customers"));
    m_tabs->addTab(m_salesSplit, tr("Sa&les"));
    m_tabs->addTab(m_events, tr("&Events"));
    m_tabs->addTab(m_tierStatus, tr("Tier Stat&us"));
    m_historySplit->addWidget(m_history);
    m_historySplit->addWidget(m_fieldChanges);
    m_tabs->addTab(m_historySplit, tr("&History"));
    // The licensing views hold the session's Store, so they live inside these tabs only while a
    // database is open (made on the first partner shown, dropped before the database closes).
    for (QWidget *tab : { m_licencesTab, m_nfrKeysTab, m_creditsTab, m_certificationsTab })
        new QVBoxLayout(tab);
    m_tabs->addTab(m_licencesTab, tr("Lice&nces"));
    m_tabs->addTab(m_nfrKeysTab, tr("NFR &Keys"));
    m_tabs->addTab(m_creditsTab, tr("Cre&dits"));
    m_tabs->addTab(m_certificationsTab, tr("Certificat&ions"));
    m_tabs->addTab(m_scores, tr("Sc&ores"));
    m_tabs->addTab(m_negotiatedRates, tr("Negotiated &Rates"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &ProfileForm::validityChanged, this, &PartnerPage::updateActions);
    connect(m_form, &ProfileForm::modifiedChanged, this, [this] {
        updateActions();
        updateHeader();
    });
    connect(m_session, &Session::aboutToClose, this, [this] {
        clear();
        m_reader->closeConnection();
    });
    connect(m_session, &Session::readOnlyChanged, this, &PartnerPage::updateActions);

    const std::pair<RecordTable *, RecordKind> correctable[] = { { m_sales, RecordKind::Sale },
                                                                 { m_events, RecordKind::Event },
                                                                 { m_certifications, RecordKind::Certification },
                                                                 { m_scores, RecordKind::Score } };
    for (const auto &[table, kind] : correctable) {
        table->setCorrectable(true);
        connect(table, &RecordTable::voidRequested, this, [this, kind](qint64 id) { voidWithDialog(kind, id); });
        connect(table, &RecordTable::correctRequested, this, [this, kind](qint64 id) { correctWithDialog(kind, id); });
    }
    connect(m_corrections, &RecordCorrections::changed, this, &PartnerPage::recordsCorrected);
    connect(m_corrections, &RecordCorrections::failed, this, &PartnerPage::correctionFailed);
    connect(m_corrections, &RecordCorrections::statusMessage, this, &PartnerPage::statusMessage);
    connect(m_corrections, &RecordCorrections::busyChanged, this, &PartnerPage::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        emit activeUndoStackChanged(activeUndoStack());
        showLicensingIfVisible();
    });
    clear();
}

PartnerPage::~PartnerPage()
{
    // First: the read thread's results are posted to this page.
    delete m_reader;
    m_reader = nullptr;
}

QUndoStack *PartnerPage::undoStack() const
{
    return m_form->undoStack();
}

QUndoStack *PartnerPage::recordUndoStack() const
{
    return m_corrections->undoStack();
}

QUndoStack *PartnerPage::activeUndoStack() const
{
    return m_tabs->currentIndex() == ProfileTab ? undoStack() : recordUndoStack();
}

bool PartnerPage::isModified() const
{
    return m_partnerId != 0 && m_form->isModified();
}

bool PartnerPage::showPartner(qint64 partnerId)
{
    if (partnerId == m_partnerId)
        return true;
    if (!maybeSave())
        return false;
    if (partnerId == 0) {
        clear();
        return true;
    }
    load(partnerId);
    return true;
}

void PartnerPage::clear()
{
    m_partnerId = 0;
    // A read under way is for a partner no longer shown.
    m_pendingParts = 0;
    m_latestRead->store(++m_readSerial);
    m_corrections->undoStack()->clear();
    forgetRecords();
    m_form->clear();
    m_tierStatus->clear();
    dropLicensing();
    m_negotiatedRates->clear();
    for (RecordTable *t : { m_staff, m_certifications, m_customers, m_sales, m_events, m_history, m_scores, m_fieldChanges })
        t->setRows({}, QString());
    m_chart->replaceChart(ChartBuilder::quarterlyRevenue(QuarterlyRevenueData {}, {}));
    m_title->setText(tr("No partner selected"));
    m_subtitle->setText(tr("Choose a partner in the list to see its profile, records and tier status."));
    m_tabs->setEnabled(false);
    updateActions();
}

void PartnerPage::reload()
{
    if (m_partnerId != 0)
        load(m_partnerId);
}

// After a licence, a certification level or a credit entry recorded from a licensing tab: the
// records, the chart and the tier status again, the profile form as it is (its unsaved edits stay).
void PartnerPage::refreshRecords()
{
    if (m_partnerId != 0)
        requestRead(PartnerPageData::Records | PartnerPageData::Evaluation);
}

// The licensing views are made when one of their tabs is first shown, reading their first partner
// on the UI thread then; later partners and dates are read on the page's read thread.
void PartnerPage::showLicensingIfVisible()
{
    const int tab = m_tabs->currentIndex();
    if (m_partnerId == 0 || (m_pendingParts & PartnerPageData::Profile) || tab < LicencesTab || tab > CertificationsTab
        || (m_licensingPartner == m_partnerId && m_licensingStore == &m_session->store()))
        return;
    loadLicensing();
    m_licensingPartner = m_partnerId;
    updateLicensingActions();
}

void PartnerPage::loadLicensing()
{
    Store &store = m_session->store();
    if (m_licensingStore != &store) {
        dropLicensing();
        m_licensingStore = &store;
        m_licensingToday = m_session->today();
        m_licences = new LicencesView(store, m_partnerId, m_licencesTab);
        m_nfrKeys = new NfrKeysView(store, m_partnerId, {}, m_nfrKeysTab);
        m_credits = new CreditsView(store, m_partnerId, m_creditsTab);
        m_certificationsView = new CertificationsView(store, m_partnerId, m_certificationsTab);
        // Further partners and dates are read on the page's read thread, as the rest of the page.
        const ViewReader reader = [this](ViewRead read) {
            m_reader->run(m_session->location(), [this, read = std::move(read)](Result<Store *> threadStore) {
                const bool opened = threadStore.has_value();
                QMetaObject::invokeMethod(this, read(threadStore), Qt::QueuedConnection);
                return opened;
            });
        };
        m_licences->setReader(reader);
        m_nfrKeys->setReader(reader);
        m_credits->setReader(reader);
        m_certificationsView->setReader(reader);
        m_licencesTab->layout()->addWidget(m_licences);
        m_nfrKeysTab->layout()->addWidget(m_nfrKeys);
        m_creditsTab->layout()->addWidget(m_credits);
        m_certificationsTab->layout()->addWidget(m_certificationsView);
        connect(m_licences, &LicencesView::licencesChanged, this, &PartnerPage::refreshRecords);
        connect(m_licences, &LicencesView::voidRequested, this, &PartnerPage::voidLicenceWithDialog);
        connect(m_licences, &LicencesView::correctRequested, this, &PartnerPage::correctLicence);
        connect(m_certificationsView, &CertificationsView::certificationsChanged, this, &PartnerPage::refreshRecords);
        connect(m_credits, &CreditsView::ledgerChanged, this, &PartnerPage::refreshRecords);
        for (auto *view : { static_cast<QWidget *>(m_licences), static_cast<QWidget *>(m_nfrKeys),
                            static_cast<QWidget *>(m_credits), static_cast<QWidget *>(m_certificationsView) })
            view->layout()->setContentsMargins(0, 0, 0, 0);
        m_licences->setToday(m_licensingToday);
        m_nfrKeys->setToday(m_licensingToday);
        m_credits->setToday(m_licensingToday);
        m_certificationsView->setToday(m_licensingToday);
        return;
    }
    if (m_licensingToday != m_session->today()) {
        m_licensingToday = m_session->today();
        m_licences->setToday(m_licensingToday);
        m_nfrKeys->setToday(m_licensingToday);
        m_credits->setToday(m_licensingToday);
        m_certificationsView->setToday(m_licensingToday);
    }
    m_licences->setPartner(m_partnerId);
    m_nfrKeys->setPartner(m_partnerId);
    m_credits->setPartner(m_partnerId);
    m_certificationsView->setPartner(m_partnerId);
}

void PartnerPage::forgetRecords()
{
    m_staffRecords.clear();
    m_certificationRecords.clear();
    m_customerRecords.clear();
    m_saleRecords.clear();
    m_eventRecords.clear();
    m_scoreRecords.clear();
}

void PartnerPage::dropLicensing()
{
    delete m_licences;
    delete m_nfrKeys;
    delete m_credits;
    delete m_certificationsView;
    m_licences = nullptr;
    m_nfrKeys = nullptr;
    m_credits = nullptr;
    m_certificationsView = nullptr;
    m_licensingStore = nullptr;
    m_licensingPartner = 0;
}

void PartnerPage::updateHeader()
{
    if (m_partnerId == 0 || (m_pendingParts & PartnerPageData::Profile))
        return;
    const Partner &p = m_form->saved();
    const Program *program = m_session->program(p.programKey);
    const Tier *tier = program ? program->tier(p.tierKey) : nullptr;
    m_title->setText(isModified() ? tr("%1 (modified)").arg(m_form->draft().name) : m_form->draft().name);
    m_title->setToolTip(m_title->text());
    m_subtitle->setText(tr("%1 · %2 · %3 since %4")
                            .arg(p.code, program ? program->name : p.programKey, tier ? tier->name : p.tierKey,
                                 formatDate(p.tierSince)));
}

void PartnerPage::updateActions()
{
    // An offline copy (or another read-only database) is browsed, never edited: every editing
    // control is disabled and says why.
    const QString readOnly = m_session->readOnlyReason();
    const bool shown = m_partnerId != 0 && !(m_pendingParts & PartnerPageData::Profile);
    setEditingEnabled(m_form, true, readOnly);
    if (readOnly.isEmpty())
        m_save->setToolTip(shown && !m_form->isValid() ? tr("Correct the marked fields to save")
                                                       : tr("Save the profile"));
    setEditingEnabled(m_save, shown && m_form->isModified() && m_form->isValid(), readOnly);
    setEditingEnabled(m_revert, shown && m_form->isModified(), readOnly);
    setEditingEnabled(m_changeTier, shown, readOnly);
    m_negotiatedRates->setReadOnlyReason(readOnly);
    // Void… and Correct… wait while a correction is written.
    const QString busy = m_corrections->isBusy() ? tr("A correction is being written.") : QString();
    for (RecordTable *t : { m_sales, m_events, m_certifications, m_scores })
        t->setEditable(readOnly.isEmpty() ? busy : readOnly);
    const auto &e = m_tierStatus->evaluation();
    setEditingEnabled(m_applyProposed,
                      shown && !(m_pendingParts & PartnerPageData::Evaluation) && e && !e->error && e->move != TierMove::None && e->proposedTier != m_form->saved().tierKey,
                      readOnly);
    updateLicensingActions();
}

void PartnerPage::updateLicensingActions()
{
    // The licensing tabs' own actions (record, issue, revoke, buy, award, ...) follow the same
    // rule: the views disable them (setEditable), the tips say why.
    if (!m_licences)
        return;
    const QString readOnly = m_session->readOnlyReason();
    auto apply = [&readOnly](auto *view) {
        for (QAction *action : view->editActions())
            setEditingEnabled(action, action->isEnabled(), readOnly);
        view->setEditable(readOnly.isEmpty());
    };
    apply(m_licences);
    apply(m_nfrKeys);
    apply(m_credits);
    apply(m_certificationsView);
}

bool PartnerPage::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("The profile of %1 has unsaved changes.").arg(m_form->draft().name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(m_form->isValid() ? tr("Save them?") : tr("Some fields are invalid; they cannot be saved as they are."));
    box.button(QMessageBox::Save)->setEnabled(m_form->isValid());
    box.setDefaultButton(m_form->isValid() ? QMessageBox::Save : QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        if (auto r = saveProfile(); !r) {
            QMessageBox::warning(this, tr("Save Partner"), r.error().message);
            return false;
        }
        return true;
    case QMessageBox::Discard:
        m_form->undoStack()->clear();
        return true;
    default:
        return false;
    }
}

Result<void> PartnerPage::saveProfile()
{
    if (m_partnerId == 0)
        return {};
    if (auto writable = m_session->checkWritable(); !writable)
        return writable;
    if (!m_form->isValid())
        return fail(Error::Code::InvalidInput, m_form->issues().first().message);
    const Partner p = trimmedForSave(m_form->draft());
    auto version = m_session->store().updatePartner(p);
    if (!version)
        return std::unexpected(version.error());
    m_form->markSaved(*version);
    updateHeader();
    updateActions();
    m_session->notifyPartnerChanged(m_partnerId);
    emit statusMessage(tr("Saved %1.").arg(p.name));
    return {};
}

void PartnerPage::saveWithMessages()
{
    const auto r = saveProfile();
    if (r)
        return;
    if (r.error().code == Error::Code::PermissionDenied) {
        QMessageBox::warning(this, tr("Save Partner: Not Allowed"), r.error().message);
        return;
    }
    if (r.error().code != Error::Code::Conflict) {
        QMessageBox::warning(this, tr("Save Partner"), r.error().message);
        return;
    }
    // Someone else saved first: the user merges field by field (ui/team/conflictdialog.h).
    const Partner mine = trimmedForSave(m_form->draft());
    const auto outcome = resolvePartnerConflict(m_session->store(), m_form->saved(), mine, this);
    if (!outcome) {
        QMessageBox::warning(this, tr("Save Partner"), outcome.error().message);
        return;
    }
    if (!outcome->saved)
        return;
    m_form->undoStack()->clear();
    reload();
    m_session->notifyPartnerChanged(m_partnerId);
    emit statusMessage(tr("Saved %1.").arg(outcome->partner.name));
}

Result<void> PartnerPage::changeTier(const QString &tierKey, const QDate &effectiveOn, const QString &reason)
{
    if (m_partnerId == 0)
        return {};
    if (auto writable = m_session->checkWritable(); !writable)
        return writable;
    Store &store = m_session->store();
    if (auto r = store.applyTierChange(m_partnerId, tierKey, effectiveOn, reason, currentUserName(),
                                       m_form->saved().rowVersion);
        !r)
        return r;
    auto fresh = store.partner(m_partnerId);
    if (!fresh)
        return std::unexpected(fresh.error());
    // Unsaved profile edits survive: the form takes the new tier and row version underneath them.
    m_form->rebase(*fresh);
    requestRead(PartnerPageData::History | PartnerPageData::Evaluation);
    updateHeader();
    updateActions();
    m_session->notifyPartnerChanged(m_partnerId);
    const Program *program = m_session->program(fresh->programKey);
    const Tier *tier = program ? program->tier(tierKey) : nullptr;
    emit statusMessage(tr("%1 moved to %2.").arg(fresh->name, tier ? tier->name : tierKey));
    return {};
}

void PartnerPage::changeTierWithDialog(bool proposed)
{
    if (m_partnerId == 0)
        return;
    const Program *program = m_session->program(m_form->saved().programKey);
    if (!program) {
        QMessageBox::warning(this, tr("Change Tier"), tr("The partner's program is missing."));
        return;
    }
    const auto &e = m_tierStatus->evaluation();
    const QString target = proposed && e ? e->proposedTier : QString();
    TierChangeDialog dialog(*program, m_form->saved(), target, m_session->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = changeTier(dialog.tierKey(), dialog.effectiveOn(), dialog.reason()); !r) {
        QMessageBox::warning(this, tr("Change Tier"), r.error().message);
        if (r.error().code == Error::Code::Conflict)
            reload();
    }
}

QByteArray PartnerPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << qint32(m_tabs->currentIndex()) << m_salesSplit->saveState() << m_staffSplit->saveState();
    return state;
}

void PartnerPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0, tab = 0;
    QByteArray sales, staff;
    in >> version >> tab >> sales >> staff;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    m_tabs->setCurrentIndex(tab);
    m_salesSplit->restoreState(sales);
    m_staffSplit->restoreState(staff);
}

} // namespace pd::ui

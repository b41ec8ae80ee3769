// The partner page's reads: every read of a partner runs on the page's read thread (ReadThread,
// with its own connection), and its result is shown here, unless the user has moved on meanwhile.
#include "charts/chartbuilder.h"
#include "charts/chartwidget.h"
#include "negotiatedrates.h"
#include "partnerpage.h"
#include "profileform.h"
#include "recordtabs.h"
#include "revenuechartdata.h"
#include "session.h"
#include "tierstatustab.h"
#include "workers/readthread.h"

#include <QLabel>
#include <QTabWidget>
#include <QUndoStack>

namespace pd::ui {

void PartnerPage::load(qint64 partnerId)
{
    // Undo acts on the partner shown: its steps go with it.
    if (partnerId != m_partnerId) {
        m_corrections->undoStack()->clear();
        m_partnerId = partnerId;
    }
    // The previous partner stays in view, disabled, until this one is read.
    m_tabs->setEnabled(false);
    m_title->setText(tr("Loading…"));
    m_subtitle->clear();
    requestRead(PartnerPageData::All);
}

void PartnerPage::requestRead(int parts)
{
    m_pendingParts |= parts;
    const quint64 serial = ++m_readSerial;
    m_latestRead->store(serial);
    updateActions();
    m_reader->run(m_session->location(),
                  [this, serial, latest = m_latestRead, id = m_partnerId, today = m_session->today(),
                   wanted = m_pendingParts](Result<Store *> store) {
                      if (latest->load() != serial)
                          return; // a newer read is queued: it reads what this one would have
                      Result<PartnerPageData> read = store ? readPartnerPage(**store, id, today, wanted)
                                                           : Result<PartnerPageData>(std::unexpected(store.error()));
                      // Dropped with the page (its destructor waits for this thread first).
                      QMetaObject::invokeMethod(
                          this, [this, serial, read = std::move(read)] { applyRead(serial, read); },
                          Qt::QueuedConnection);
                  });
}

void PartnerPage::applyRead(quint64 serial, const Result<PartnerPageData> &read)
{
    if (serial != m_readSerial)
        return; // the user moved on, or another read of this partner supersedes it
    const int parts = m_pendingParts;
    m_pendingParts = 0;
    if (!read) {
        readFailed(parts, read.error());
        emit loaded();
        return;
    }
    const PartnerPageData &d = *read;
    const Program *program = m_session->program(d.partner.programKey);
    const QDate today = m_session->today();
    if (parts & PartnerPageData::Profile) {
        m_form->setToday(today);
        m_form->setPartner(d.partner, program, d.contacts);
    }
    if (parts & PartnerPageData::Records)
        showRecords(d, program);
    if (parts & PartnerPageData::Rates)
        m_negotiatedRates->setPartner(m_session->store(), d.partner, program, today, d.overrides);
    if (parts & PartnerPageData::History)
        showHistory(d, program);
    if (parts & PartnerPageData::Evaluation)
        m_tierStatus->setEvaluation(d.evaluation, program);
    m_tabs->setEnabled(true);
    updateHeader();
    updateActions();
    showLicensingIfVisible();
    emit loaded();
}

void PartnerPage::readFailed(int parts, const Error &error)
{
    emit statusMessage(error.message);
    if (parts & PartnerPageData::Profile) {
        // Nothing of the partner is shown rather than another partner's figures under its name.
        clear();
        m_title->setText(tr("The partner could not be read"));
        m_subtitle->setText(error.message);
        return;
    }
    updateHeader();
    m_subtitle->setText(tr("The partner's records could not be read again: %1").arg(error.message));
    updateActions();
}

// The record tabs and the revenue chart.
void PartnerPage::showRecords(const PartnerPageData &d, const Program *program)
{
    const QDate today = m_session->today();
    // The tables show voided records too (behind "Show voided"); the figures use live ones only.
    m_staffRecords = d.staff;
    m_certificationRecords = d.certifications;
    m_customerRecords = d.customers;
    m_saleRecords = d.sales;
    m_eventRecords = d.events;
    m_scoreRecords = d.scores;
    const QList<StaffMember> &staff = m_staffRecords;
    const QList<Customer> &customers = m_customerRecords;
    const QList<Certification> certs = liveOnly(m_certificationRecords);
    const QList<Sale> sales = liveOnly(m_saleRecords);
    const QList<ComplianceEvent> events = liveOnly(m_eventRecords);
    m_staff->setRows(RecordRows::staff(staff, certs, today), tr("%n staff member(s)", nullptr, int(staff.size())));
    m_certifications->setRows(RecordRows::certifications(staff, m_certificationRecords, today),
                              tr("%n certification(s)", nullptr, int(certs.size())),
                              RecordMark::of(m_certificationRecords));
    m_customers->setRows(RecordRows::customers(customers, sales), tr("%n customer(s)", nullptr, int(customers.size())));
    m_sales->setRows(RecordRows::sales(m_saleRecords, customers, program),
                     tr("%n sales line(s)", nullptr, int(sales.size())), RecordMark::of(m_saleRecords));
    m_events->setRows(RecordRows::events(m_eventRecords), tr("%n compliance event(s)", nullptr, int(events.size())),
                      RecordMark::of(m_eventRecords));
    m_scores->setRows(RecordRows::scores(m_scoreRecords),
                      tr("%n score(s)", nullptr, int(liveOnly(m_scoreRecords).size())), RecordMark::of(m_scoreRecords));

    if (program) {
        QList<Sale> recent;
        const QDate from = RevenueChartData::firstDayNeeded(today);
        for (const Sale &s : sales) {
            if (s.soldOn >= from && s.soldOn <= today)
                recent << s;
        }
        m_chart->replaceChart(
            ChartBuilder::quarterlyRevenue(RevenueChartData::quarterly(recent, *program, m_session->rates(), today), {}));
    } else {
        QuarterlyRevenueData none;
        none.message = tr("The partner's program \"%1\" is missing.").arg(d.partner.programKey);
        m_chart->replaceChart(ChartBuilder::quarterlyRevenue(none, {}));
    }
}

void PartnerPage::showHistory(const PartnerPageData &d, const Program *program)
{
    m_history->setRows(RecordRows::history(d.history, program),
                       tr("%n tier change(s)", nullptr, int(d.history.size())));
    m_fieldChanges->setRows(RecordRows::fieldChanges(d.changes),
                            tr("%n field(s) changed by imports with update", nullptr, int(d.changes.size())));
}

} // namespace pd::ui

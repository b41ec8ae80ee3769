// The partner page's reads: every read of a partner runs on the page's read thread (ReadThread,
// with its own connection), and its result is shown here, unless the user has moved on meanwhile.
#include "charts/chartbuilder.h"
#include "charts/chartwidget.h"
#include "negotiatedrates.h"
#include "partnerpage.h"
#include "profileform.h"
#include "recordtabs.h"
#include "report/revenuechartdata.h"
#include "session.h"
#include "tierstatustab.h"
#include "workers/readthread.h"

#include <QLabel>
#include <QTabWidget>
#include <QUndoStack>
#include <optional>

namespace pd::ui {

void PartnerPage::load(qint64 partnerId)
{
    if (partnerId != m_partnerId) {
        // Undo acts on the partner shown: its steps go with it.
        m_corrections->undoStack()->clear();
        m_partnerId = partnerId;
        // Nothing of the previous partner stays under the new one's name while it is read.
        forgetRecords();
        for (RecordTable *t : { m_staff, m_certifications, m_customers, m_sales, m_events, m_history, m_scores, m_fieldChanges })
            t->setRows({}, tr("Loading…"));
        m_chart->replaceChart(ChartBuilder::quarterlyRevenue(QuarterlyRevenueData {}, {}));
        m_tierStatus->clear();
        m_negotiatedRates->clear();
    }
    // The profile of the partner shown before stays in view, disabled, until this one's is read.
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
    m_reader->run(m_session->location(), [this, serial, latest = m_latestRead, id = m_partnerId,
                                          today = m_session->today(), wanted = m_pendingParts](Result<Store *> store) {
        // Dropped with the page (its destructor waits for this thread first).
        auto post = [this, serial](Result<PartnerPageData> read) {
            QMetaObject::invokeMethod(
                this, [this, serial, read = std::move(read)] { applyRead(serial, read); }, Qt::QueuedConnection);
        };
        if (!store) {
            post(std::unexpected(store.error()));
            return false;
        }
        // Part by part, each shown as soon as it is read (on a remote database each costs round
        // trips), the slowest last; the partner's row is read once.
        std::optional<Partner> partner;
        for (const int part : { PartnerPageData::Profile, PartnerPageData::Records, PartnerPageData::History,
                                PartnerPageData::Rates, PartnerPageData::Evaluation }) {
            if (!(wanted & part))
                continue;
            if (latest->load() != serial)
                return true; // a newer read is queued: it reads what is left
            Result<PartnerPageData> read = readPartnerPage(**store, id, today, part, partner ? &*partner : nullptr);
            const bool ok = read.has_value();
            if (ok)
                partner = read->partner;
            post(std::move(read));
            if (!ok)
                return false;
        }
        return true;
    });
}

void PartnerPage::applyRead(quint64 serial, const Result<PartnerPageData> &read)
{
    if (serial != m_readSerial)
        return; // the user moved on, or another read of this partner supersedes it
    if (!read) {
        const int parts = m_pendingParts;
        m_pendingParts = 0;
        readFailed(parts, read.error());
        emit loaded();
        return;
    }
    const PartnerPageData &d = *read;
    const int parts = d.parts;
    m_pendingParts &= ~parts;
    const Program *program = m_session->program(d.partner.programKey);
    const QDate today = m_session->today();
    if (parts & PartnerPageData::Profile) {
        m_form->setToday(today);
        m_form->setPartner(d.partner, program, d.contacts);
        m_tabs->setEnabled(true);
    }
    if (parts & PartnerPageData::Records)
        showRecords(d, program);
    if (parts & PartnerPageData::Rates)
        m_negotiatedRates->setPartner(m_session->store(), d.partner, program, today, d.overrides);
    if (parts & PartnerPageData::History)
        showHistory(d, program);
    if (parts & PartnerPageData::Evaluation)
        m_tierStatus->setEvaluation(d.evaluation, program);
    updateHeader();
    updateActions();
    if (m_pendingParts != 0)
        return;
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
    // The profile is shown; the tabs whose records are missing say why instead of what they held.
    updateHeader();
    m_subtitle->setText(tr("Some of the partner's records could not be read: %1").arg(error.message));
    const QString tablesText = tr("Not read: %1").arg(error.message);
    if (parts & PartnerPageData::Records) {
        for (RecordTable *t : { m_staff, m_certifications, m_customers, m_sales, m_events, m_scores })
            t->setRows({}, tablesText);
    }
    if (parts & PartnerPageData::History) {
        m_history->setRows({}, tablesText);
        m_fieldChanges->setRows({}, tablesText);
    }
    if (parts & PartnerPageData::Evaluation)
        m_tierStatus->setEvaluation(std::unexpected(error), m_session->program(m_form->saved().programKey));
    if (parts & PartnerPageData::Rates)
        m_negotiatedRates->clear();
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

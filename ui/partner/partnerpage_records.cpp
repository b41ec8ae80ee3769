// The partner page's Void… and Correct… of its record tabs (sales, compliance events, staff
// certifications, scores; licences through LicencesView's dialog), written through
// RecordCorrections.
#include "correctiondialogs.h"
#include "licences/certificationsview.h"
#include "licences/licencesview.h"
#include "partnerpage.h"
#include "profileform.h"
#include "reasondialog.h"
#include "recordtabs.h"
#include "session.h"

#include <QMessageBox>
#include <QTimer>

namespace pd::ui {

namespace {

template<typename Record>
const Record *findRecord(const QList<Record> &records, qint64 id)
{
    for (const Record &r : records) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace

void PartnerPage::voidWithDialog(RecordKind kind, qint64 id)
{
    const Program *program = m_session->program(m_form->saved().programKey);
    QString what;
    if (kind == RecordKind::Sale) {
        if (const Sale *s = findRecord(m_saleRecords, id))
            what = RecordRows::describe(*s, m_customerRecords, program);
    } else if (kind == RecordKind::Event) {
        if (const ComplianceEvent *e = findRecord(m_eventRecords, id))
            what = RecordRows::describe(*e);
    } else if (kind == RecordKind::Certification) {
        if (const Certification *c = findRecord(m_certificationRecords, id))
            what = RecordRows::describe(*c, m_staffRecords);
    } else if (kind == RecordKind::Score) {
        if (const Score *s = findRecord(m_scoreRecords, id))
            what = RecordRows::describe(*s);
    }
    if (what.isEmpty())
        return;
    ReasonDialog dialog(RecordCorrections::voidTitle(kind), what, tr("Void"), this);
    if (dialog.exec() == QDialog::Accepted)
        m_corrections->voidRecord(kind, id, dialog.reason());
}

void PartnerPage::voidLicenceWithDialog(qint64 id, const QString &what)
{
    ReasonDialog dialog(RecordCorrections::voidTitle(RecordKind::Licence), what, tr("Void"), this);
    if (dialog.exec() == QDialog::Accepted)
        m_corrections->voidRecord(RecordKind::Licence, id, dialog.reason());
}

void PartnerPage::correctWithDialog(RecordKind kind, qint64 id)
{
    const Program *program = m_session->program(m_form->saved().programKey);
    if (kind == RecordKind::Sale) {
        if (const Sale *s = findRecord(m_saleRecords, id)) {
            auto dialog = std::make_shared<SaleCorrectionDialog>(
                *s, RecordRows::describe(*s, m_customerRecords, program), m_customerRecords, program, this);
            runCorrectionDialog(
                dialog, id, [dialog] { return RecordCorrections::Replacement(dialog->sale()); });
        }
    } else if (kind == RecordKind::Event) {
        if (const ComplianceEvent *e = findRecord(m_eventRecords, id)) {
            auto dialog = std::make_shared<EventCorrectionDialog>(*e, RecordRows::describe(*e), this);
            runCorrectionDialog(
                dialog, id, [dialog] { return RecordCorrections::Replacement(dialog->event()); });
        }
    } else if (kind == RecordKind::Certification) {
        if (const Certification *c = findRecord(m_certificationRecords, id)) {
            auto dialog = std::make_shared<CertificationCorrectionDialog>(
                *c, RecordRows::describe(*c, m_staffRecords), this);
            runCorrectionDialog(
                dialog, id, [dialog] { return RecordCorrections::Replacement(dialog->certification()); });
        }
    } else if (kind == RecordKind::Score) {
        if (const Score *s = findRecord(m_scoreRecords, id)) {
            auto dialog = std::make_shared<ScoreCorrectionDialog>(*s, RecordRows::describe(*s), this);
            runCorrectionDialog(
                dialog, id, [dialog] { return RecordCorrections::Replacement(dialog->score()); });
        }
    }
}

void PartnerPage::runCorrectionDialog(std::shared_ptr<ReasonDialog> dialog, qint64 id,
                                      std::function<RecordCorrections::Replacement()> replacement)
{
    m_reopenDialog = nullptr;
    if (dialog->exec() != QDialog::Accepted)
        return;
    if (!m_corrections->correct(id, replacement(), dialog->reason()))
        return;
    m_reopenDialog = [this, dialog, id, replacement](const QString &problem) {
        dialog->setProblem(problem);
        runCorrectionDialog(dialog, id, replacement);
    };
}

void PartnerPage::correctLicence(qint64 id, const Licence &replacement, const QString &reason)
{
    m_reopenDialog = nullptr;
    if (!m_corrections->correct(id, replacement, reason))
        return;
    m_reopenDialog = [this, id, replacement, reason](const QString &problem) {
        if (m_licences)
            m_licences->correctInteractive(id, replacement, reason, problem);
    };
}

void PartnerPage::correctionFailed(const QString &title, const Error &error)
{
    auto reopen = std::move(m_reopenDialog);
    m_reopenDialog = nullptr;
    if (error.code == Error::Code::Cancelled)
        return;
    // Core refused the corrected values: the dialog comes back with them and says why.
    if (reopen && error.code == Error::Code::InvalidInput) {
        QTimer::singleShot(0, this, [reopen, message = error.message] { reopen(message); }); // after the job
        return;
    }
    QString message = error.message;
    if (error.code == Error::Code::Conflict || error.code == Error::Code::NotFound)
        message += QLatin1String("\n\n") + tr("The records are shown again as they are now.");
    QMessageBox::warning(this, title, message);
    if (error.code == Error::Code::Conflict || error.code == Error::Code::NotFound)
        recordsCorrected();
}

// After a void, a correction or an undo: the tables, the chart and the tier status, the licensing
// tabs, and the partner browser's figures.
void PartnerPage::recordsCorrected()
{
    m_reopenDialog = nullptr;
    if (m_partnerId == 0)
        return;
    refreshRecords();
    if (m_licences)
        m_licences->refresh();
    if (m_certificationsView)
        m_certificationsView->refresh();
    m_session->notifyPartnerChanged(m_partnerId);
}

} // namespace pd::ui

// The partner page's Void… and Correct… of its record tabs (sales, compliance events, staff
// certifications, scores; licences are voided only), written through RecordCorrections.
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

namespace pd::ui
{

namespace
{

template<typename Record> const Record *findRecord(const QList<Record> &records, qint64 id)
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
    m_pendingDialog.reset();
    m_reopenDialog = nullptr;
    if (dialog->exec() != QDialog::Accepted)
        return;
    if (!m_corrections->correct(id, replacement(), dialog->reason()))
        return;
    m_pendingDialog = dialog;
    m_reopenDialog = [this, dialog, id, replacement] { runCorrectionDialog(dialog, id, replacement); };
}

void PartnerPage::correctionFailed(const QString &title, const Error &error)
{
    if (error.code == Error::Code::Cancelled)
        return;
    // Core refused the corrected values: the dialog comes back with them and says why.
    if (m_pendingDialog && error.code == Error::Code::InvalidInput) {
        m_pendingDialog->setProblem(error.message);
        auto reopen = std::move(m_reopenDialog);
        m_pendingDialog.reset();
        QTimer::singleShot(0, this, reopen); // after the job is gone, not inside its end
        return;
    }
    m_pendingDialog.reset();
    m_reopenDialog = nullptr;
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
    m_pendingDialog.reset();
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

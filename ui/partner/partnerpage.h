#pragma once

#include "partnerpagedata.h"
#include "recordcorrections.h"
#include "records.h"
#include "result.h"

#include <atomic>
#include <functional>
#include <memory>

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace pd {
struct Program;
class Store;
}

namespace pd::ui {

class CertificationsView;
class ChartWidget;
class CreditsView;
class LicencesView;
class NegotiatedRates;
class NfrKeysView;
class ProfileForm;
class ReasonDialog;
class RecordCorrections;
class ReadThread;
class RecordTable;
class Session;
class TierStatusTab;

// Everything about one partner, in tabs: profile and contacts, staff and certifications,
// customers, sales (with the quarterly revenue chart), compliance events, tier status and tier
// history, licences and renewals, NFR keys, activation credits, certifications, scores. Profile
// edits are undoable and saved with optimistic locking; tier changes ask for a reason and write
// the history. Sales, events, staff certifications, scores and licences can be voided and
// corrected with a reason, undoably (partnerpage_records.cpp).
class PartnerPage final : public QWidget {
    Q_OBJECT

public:
    enum Tab {
        ProfileTab,
        StaffTab,
        CustomersTab,
        SalesTab,
        EventsTab,
        TierStatusTabIndex,
        HistoryTab,
        LicencesTab,
        NfrKeysTab,
        CreditsTab,
        CertificationsTab,
        ScoresTab,
        NegotiatedRatesTab
    };

    explicit PartnerPage(Session *session, QWidget *parent = nullptr);
    ~PartnerPage() override;

    // Shows another partner; with unsaved edits the user is asked first. False: the user stayed.
    bool showPartner(qint64 partnerId);
    void clear();
    qint64 partnerId() const { return m_partnerId; }
    // While the partner's records are read on the page's read thread (loaded() when done, or
    // failed: the page then says why).
    bool isLoading() const { return m_pendingParts != 0; }
    // Reloads the shown partner from the database, dropping unsaved edits.
    void reload();

    bool isModified() const;
    // Asks Save / Discard / Cancel when modified. False: the user cancelled.
    bool maybeSave();

    // The operations behind the actions, without dialogs (tests call these).
    Result<void> saveProfile();
    Result<void> changeTier(const QString &tierKey, const QDate &effectiveOn, const QString &reason);

    // The profile's edits (the form's undo stack).
    QUndoStack *undoStack() const;
    // The voids and corrections of the record tabs.
    QUndoStack *recordUndoStack() const;
    // What Edit › Undo acts on for the tab shown: the profile's edits on the profile tab, the
    // voids and corrections on the others. activeUndoStackChanged() tells when it changes.
    QUndoStack *activeUndoStack() const;
    RecordCorrections *corrections() const { return m_corrections; }
    RecordTable *salesTable() const { return m_sales; }
    RecordTable *eventsTable() const { return m_events; }
    RecordTable *certificationsTable() const { return m_certifications; }
    RecordTable *scoresTable() const { return m_scores; }
    ProfileForm *profileForm() const { return m_form; }
    TierStatusTab *tierStatus() const { return m_tierStatus; }
    RecordTable *historyTable() const { return m_history; }
    RecordTable *fieldChangesTable() const { return m_fieldChanges; }
    QTabWidget *tabs() const { return m_tabs; }
    ChartWidget *revenueChart() const { return m_chart; }
    // The licensing tabs; null while no database is open (they hold the session's Store).
    LicencesView *licencesView() const { return m_licences; }
    NfrKeysView *nfrKeysView() const { return m_nfrKeys; }
    CreditsView *creditsView() const { return m_credits; }
    CertificationsView *certificationsView() const { return m_certificationsView; }
    NegotiatedRates *negotiatedRates() const { return m_negotiatedRates; } // issue 16
    QAction *saveAction() const { return m_save; }
    QAction *revertAction() const { return m_revert; }
    QAction *changeTierAction() const { return m_changeTier; }
    QAction *applyProposedAction() const { return m_applyProposed; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void statusMessage(const QString &message);
    void activeUndoStackChanged(QUndoStack *stack);
    void loaded();

private:
    void load(qint64 partnerId);
    // Reads `parts` of the shown partner off the UI thread; parts requested while a read is under
    // way join it, and a result for a partner no longer shown is dropped.
    void requestRead(int parts);
    void applyRead(quint64 serial, const Result<PartnerPageData> &read);
    void readFailed(int parts, const Error &error);
    void showRecords(const PartnerPageData &d, const Program *program);
    void showHistory(const PartnerPageData &d, const Program *program);
    void refreshRecords();
    void showLicensingIfVisible();
    void loadLicensing();
    void dropLicensing();
    void forgetRecords(); // the records kept for the partner shown
    void updateHeader();
    void updateActions();
    void updateLicensingActions();
    void saveWithMessages();
    void changeTierWithDialog(bool proposed);
    void voidWithDialog(RecordKind kind, qint64 id);
    void correctWithDialog(RecordKind kind, qint64 id);
    void voidLicenceWithDialog(qint64 id, const QString &what);
    // Shows `dialog` (again, after a refusal) and writes the correction it was accepted with.
    void runCorrectionDialog(std::shared_ptr<ReasonDialog> dialog, qint64 id,
                             std::function<RecordCorrections::Replacement()> replacement);
    void correctLicence(qint64 id, const Licence &replacement, const QString &reason);
    void correctionFailed(const QString &title, const Error &error);
    void recordsCorrected();

    Session *m_session;
    qint64 m_partnerId = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    ProfileForm *m_form;
    RecordTable *m_staff;
    RecordTable *m_certifications;
    RecordTable *m_customers;
    RecordTable *m_sales;
    RecordTable *m_events;
    RecordTable *m_history;
    RecordTable *m_scores;
    RecordTable *m_fieldChanges; // below the tier changes in the History tab
    QSplitter *m_historySplit;
    TierStatusTab *m_tierStatus;
    ChartWidget *m_chart;
    QSplitter *m_salesSplit;
    NegotiatedRates *m_negotiatedRates;
    QSplitter *m_staffSplit;
    QWidget *m_licencesTab;
    QWidget *m_nfrKeysTab;
    QWidget *m_creditsTab;
    QWidget *m_certificationsTab;
    LicencesView *m_licences = nullptr;
    NfrKeysView *m_nfrKeys = nullptr;
    CreditsView *m_credits = nullptr;
    CertificationsView *m_certificationsView = nullptr;
    const Store *m_licensingStore = nullptr; // the Store the licensing views were made for
    qint64 m_licensingPartner = 0;            // the partner they show
    QDate m_licensingToday;
    QAction *m_save;
    QAction *m_revert;
    QAction *m_changeTier;
    QAction *m_applyProposed;
    RecordCorrections *m_corrections;
    ReadThread *m_reader;
    quint64 m_readSerial = 0; // of the latest read requested
    std::shared_ptr<std::atomic<quint64>> m_latestRead; // the same, for the read thread
    int m_pendingParts = 0;   // PartnerPageData::Part flags being read
    // The records behind the tables, voided ones included, for the Void… and Correct… dialogs.
    QList<StaffMember> m_staffRecords;
    QList<Certification> m_certificationRecords;
    QList<Customer> m_customerRecords;
    QList<Sale> m_saleRecords;
    QList<ComplianceEvent> m_eventRecords;
    QList<Score> m_scoreRecords;
    // While a correction is written: shows its dialog again, with core's refusal, when core
    // refuses the values.
    std::function<void(const QString &problem)> m_reopenDialog;
};

} // namespace pd::ui

#pragma once

#include "fxrates.h"
#include "storage/offline.h"
#include "storage/store.h"

#include <QDate>
#include <QObject>
#include <memory>
#include <optional>

namespace pd::ui {

// The open database of the window: the UI thread's connection, its Store, and what every view
// reads often (programs, exchange rates). Views listen to its signals instead of to each other.
class Session final : public QObject {
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Opens (creating if needed) a database; the previous one is closed first.
    Result<void> open(const QString &location);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString location() const;
    // The location for messages: a file path, or 'database "x" on host:port'.
    QString displayName() const;
    bool isServer() const;
    // The window may not write to the open database: an offline copy (opened read-only, as its
    // next refresh would undo local edits), a database opened read-only, or a team database whose
    // server grants this user no edits (a sales rep). Every view then disables its editing
    // controls (setEditingEnabled in editing.h) and says why: readOnlyReason(), empty when the
    // database may be edited. readOnlyChanged() tells when this changes.
    bool isReadOnly() const { return m_readOnly != ReadOnly::No; }
    QString readOnlyReason() const; // in the current language
    // For the code that writes: an InvalidInput error with readOnlyReason() when the database may
    // not be edited, for the caller to show as it shows its other refusals.
    Result<void> checkWritable() const;
    const std::optional<OfflineInfo> &offlineInfo() const { return m_offline; }

    Store &store() const { return *m_store; }
    // The programs as shown: built-in ones in the application's language (translatedPreset).
    const QList<StoredProgram> &programs() const { return m_programs; }
    const Program *program(const QString &key) const;
    // A program's definition as stored, for editing and export.
    const Program *definition(const QString &key) const;
    const ExchangeRates &rates() const { return m_rates; }

    // The as-of date of evaluations: today, unless a test fixes it.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &d) { m_today = d; }

    Result<void> reloadPrograms();
    Result<void> reloadRates();

    // Tell every view about changes made through this session.
    void notifyPartnerChanged(qint64 partnerId) { emit partnerChanged(partnerId); }
    void notifyDataReplaced() { emit dataReplaced(); }

signals:
    void opened();
    void readOnlyChanged(bool readOnly); // before opened() and after closed()
    void aboutToClose();
    void closed();
    void programsChanged();
    void ratesChanged();
    void partnerChanged(qint64 partnerId); // one partner's profile, tier or records
    void dataReplaced();                   // many records at once (import, generation)

private:
    enum class ReadOnly { No, OfflineCopy, OpenedReadOnly, Role };
    void setReadOnly(ReadOnly readOnly);

    std::unique_ptr<Database> m_db;
    ReadOnly m_readOnly = ReadOnly::No;
    std::unique_ptr<Store> m_store;
    std::optional<OfflineInfo> m_offline;
    QList<StoredProgram> m_programs;
    QList<StoredProgram> m_definitions;
    ExchangeRates m_rates;
    QDate m_today;
};

} // namespace pd::ui

#pragma once

#include "fxrates.h"
#include "storage/store.h"

#include <QDate>
#include <QObject>
#include <memory>

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

    Store &store() const { return *m_store; }
    const QList<StoredProgram> &programs() const { return m_programs; }
    const Program *program(const QString &key) const;
    const ExchangeRates &rates() const { return m_rates; }

    // The as-of date of evaluations: today, unless a test fixes it.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &d) { m_today = d; }
    // Recorded with tier changes.
    static QString userName();

    Result<void> reloadPrograms();
    Result<void> reloadRates();

    // Tell every view about changes made through this session.
    void notifyPartnerChanged(qint64 partnerId) { emit partnerChanged(partnerId); }
    void notifyDataReplaced() { emit dataReplaced(); }

signals:
    void opened();
    void aboutToClose();
    void closed();
    void programsChanged();
    void ratesChanged();
    void partnerChanged(qint64 partnerId); // one partner's profile, tier or records
    void dataReplaced();                   // many records at once (import, generation)

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QList<StoredProgram> m_programs;
    ExchangeRates m_rates;
    QDate m_today;
};

} // namespace pd::ui

#pragma once

#include "../records.h"
#include "../result.h"
#include "database.h"

#include <memory>

namespace pd {

// Writes many records through one prepared statement per kind, inside a transaction that the
// caller holds (Database::transaction). For bulk work: the generator, offline copies, imports.
class RecordWriter {
public:
    explicit RecordWriter(Database &db);
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    Result<qint64> addPartner(const Partner &p); // the programs' ids are read once, at the first
    Result<qint64> addContact(const Contact &c);
    Result<qint64> addStaff(const StaffMember &s);
    Result<qint64> addCertification(const Certification &c);
    Result<qint64> addCustomer(const Customer &c);
    Result<void> addSale(const Sale &s);
    Result<void> addEvent(const ComplianceEvent &e);
    Result<void> addScore(const Score &s);
    // A history entry as given (recordedAt kept); the partner row is not touched.
    Result<void> addTierChange(const TierChange &c);

    // On PostgreSQL, when COPY is available: rows go to the server in batches (sql::CopyWriter),
    // every table's waiting rows in the order their foreign keys need, ids taken beforehand. A row
    // then reaches its table at the latest by finish(), which must be called after the last one,
    // inside the same transaction; nothing may read the tables meanwhile. Ignored elsewhere.
    void setBuffered(bool buffered);
    // Sends the rows still waiting.
    Result<void> finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pd

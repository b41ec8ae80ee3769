// The importer (core/io/importer.h) into an in-memory database with the built-in programs, two
// partners and their customers. The first byte chooses the kind of record (partners, sales, ...), the rest is the
// file. Properties: an import either succeeds or explains itself; a failed one writes nothing.
#include "fuzzcheck.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QBuffer>
#include <QCoreApplication>

namespace {

const QByteArray kPartners
    = "code,name,country,region,category,subcategory,program,tier,tier_since,joined_on,territory,brand,website\n"
      "P-001,Romashka,RU,Siberia,channel,reseller,reseller-status,certified,2025-01-15,2024-03-01,,,\n"
      "P-002,Soluciones,ES,Madrid,technology,integration,activation-credits,specialist,2025-06-01,2025-01-10,,,\n";
const QByteArray kCustomers = "code,partner,name,country\nC-1,P-001,Uno,RU\nC-2,P-002,Dos,ES\n";

pd::Result<pd::ImportResult> importBytes(pd::Store &store, pd::CsvKind kind, QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    pd::Importer importer(store);
    return importer.importDevice(kind, &buffer, QStringLiteral("fuzz.csv"));
}

// Every kind of record in the database, as exported.
QByteArray everything(const pd::Store &store)
{
    QByteArray out;
    for (const pd::CsvKind kind : pd::csvKinds()) {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly | QIODevice::Append);
        PD_FUZZ_CHECK(pd::Exporter(store).exportDevice(kind, &buffer).has_value());
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

// A database in the state every input starts from. A failed import must leave it as it was (the
// property checked), so it is only built again after an import that succeeded: every input meets
// the same data, at a fraction of the cost of a new database per input.
struct Start {
    std::unique_ptr<pd::Database> db;
    std::unique_ptr<pd::Store> store;
    QByteArray exported;
};

Start *start()
{
    auto *s = new Start;
    auto db = pd::Database::open(QStringLiteral(":memory:"));
    PD_FUZZ_CHECK(db.has_value());
    s->db = std::move(*db);
    s->store = std::make_unique<pd::Store>(*s->db);
    PD_FUZZ_CHECK(s->store->installBuiltinPrograms().has_value());
    PD_FUZZ_CHECK(importBytes(*s->store, pd::CsvKind::Partners, kPartners).has_value());
    PD_FUZZ_CHECK(importBytes(*s->store, pd::CsvKind::Customers, kCustomers).has_value());
    s->exported = everything(*s->store);
    return s;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<pd::CsvKind> kinds = pd::csvKinds();
    static Start *state = nullptr; // never destroyed at exit, after Qt's own globals
    if (size == 0)
        return 0;
    const pd::CsvKind kind = kinds.at(data[0] % kinds.size());
    if (!state)
        state = start();

    const auto result = importBytes(*state->store, kind, QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (result) {
        delete state;
        state = nullptr;
        return 0;
    }
    PD_FUZZ_CHECK(!result.error().message.isEmpty());
    PD_FUZZ_CHECK(everything(*state->store) == state->exported);
    return 0;
}

#pragma once
// Shared by the import and export tests: CSV bytes in and out of a Store.

#include "io/exporter.h"
#include "io/importer.h"
#include "storage/store.h"

#include <QBuffer>

inline pd::Result<pd::ImportResult> importBytes(pd::Store &store, pd::CsvKind kind, const QByteArray &bytes,
                                                pd::Importer *importer = nullptr)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    pd::Importer local(store);
    pd::Importer &imp = importer ? *importer : local;
    return imp.importDevice(kind, &buffer, pd::csvKindKey(kind) + QStringLiteral(".csv"));
}

inline QByteArray exportBytes(const pd::Store &store, pd::CsvKind kind)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    pd::Exporter exporter(store);
    const auto r = exporter.exportDevice(kind, &buffer);
    Q_ASSERT(r.has_value());
    return bytes;
}

#pragma once
// Internal to core/storage: calls into the very SQLite library that Qt's QSQLITE driver runs on,
// on the driver's own connection, for the bulk paths (export, import, verify, evaluation) where
// QSqlQuery's cost of one QVariant per value dominates.
//
// The library is never linked: its functions are looked up in the loaded driver plugin and the
// libraries it depends on (dlsym on the plugin), so they are by construction the copy that opened
// the connection, whether the driver uses the system's libsqlite3 or a copy built into the
// plugin. Where they cannot be found (a platform without dlopen, a driver whose copy keeps its
// symbols hidden), available() is false and callers use their QSqlQuery path.

#include "../result.h"
#include "database.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pd::sql {

class DirectStatement {
public:
    // True when `db` is an SQLite database whose driver's SQLite functions were found.
    static bool available(const Database &db);
    // Turns the direct path off (and on again) for the whole process, so that tests and
    // benchmarks can run the QSqlQuery path on the same data; PD_NO_DIRECT_SQLITE=1 starts off.
    static void setEnabled(bool enabled);
    // Prepares one statement on the database's connection; fails with the driver's message.
    // Only call it when available(db).
    static Result<std::unique_ptr<DirectStatement>> prepare(const Database &db, const QString &sql);
    ~DirectStatement();
    DirectStatement(const DirectStatement &) = delete;
    DirectStatement &operator=(const DirectStatement &) = delete;

    // Binding, by 1-based position as in SQLite. bindUtf8's text is copied by SQLite; bindText's
    // is converted into a buffer of the statement's.
    void bindInt64(int position, qint64 value);
    void bindUtf8(int position, QByteArrayView utf8);
    // The same without SQLite's copy: `utf8` must stay valid until the statement has run and
    // the position is bound again (a row streamed in and written before the next is read).
    void bindUtf8InPlace(int position, QByteArrayView utf8);
    void bindText(int position, QStringView text);
    void bindNull(int position);

    // Steps a query: true with a row to read, false at the end or on an error (see failed()).
    bool next();
    // Runs a statement that returns no rows to its end, then resets it for the next bindings.
    Result<void> execute();
    // Makes the statement ready to run again; bindings are kept until rebound.
    void reset();
    // After next() returned false: the error, if it ended on one.
    Result<void> finished() const;

    // Values of the current row, by 0-based column. text() stays valid until the next step.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QByteArrayView text(int column) const;
    QString string(int column) const { return QString::fromUtf8(text(column)); }
    int columnCount() const;
    // The rowid of the connection's last successful INSERT (for the id an insert just made).
    qint64 lastInsertRowId() const;

private:
    DirectStatement(const Database &db, sqlite3 *connection, sqlite3_stmt *statement, const QString &sql);
    Error error(int code) const;

    const Database &m_db;
    sqlite3 *m_connection;
    sqlite3_stmt *m_statement;
    QString m_sql;
    int m_lastCode = 0;
    std::vector<QByteArray> m_texts; // bindText's UTF-8, by position - 1
};

} // namespace pd::sql

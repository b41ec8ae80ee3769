#include "cursor.h"

#include "copytext.h"
#include "pgcopy.h"
#include "sql.h"
#include "sqlitedirect.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace pd::sql {

namespace {

class DirectCursor final : public Cursor {
public:
    explicit DirectCursor(std::unique_ptr<DirectStatement> statement)
        : m_statement(std::move(statement))
    {
    }
    bool next() override { return m_statement->next(); }
    Result<void> finished() const override { return m_statement->finished(); }
    qint64 int64(int column) const override { return m_statement->int64(column); }
    QByteArrayView text(int column) const override { return m_statement->text(column); }
    bool isNull(int column) const override { return m_statement->isNull(column); }

private:
    std::unique_ptr<DirectStatement> m_statement;
};

// PostgreSQL's COPY (query) TO STDOUT: the rows in one stream, as text.
class CopyCursor final : public Cursor {
public:
    explicit CopyCursor(std::unique_ptr<PgCopyOut> copy)
        : m_copy(std::move(copy))
    {
    }
    bool next() override { return m_copy->next() && parse(); }
    Result<void> finished() const override
    {
        if (m_malformed)
            return fail(Error::Code::Storage,
                        QCoreApplication::translate("pd::Database", "The database server sent a malformed row."));
        return m_copy->finished();
    }
    qint64 int64(int column) const override
    {
        const QByteArrayView text = m_line.field(column);
        // Booleans read as t and f, as QSqlQuery reads them as true and false.
        if (text == QByteArrayView("t"))
            return 1;
        return text.toLongLong();
    }
    QByteArrayView text(int column) const override { return m_line.field(column); }
    bool isNull(int column) const override { return m_line.isNull(column); }

private:
    bool parse()
    {
        m_malformed = !m_line.parse(m_copy->line());
        return !m_malformed;
    }
    std::unique_ptr<PgCopyOut> m_copy;
    CopyLine m_line;
    bool m_malformed = false;
};

class QueryCursor final : public Cursor {
public:
    QueryCursor(const Database &db, const QString &sql)
        : m_statement(db, sql)
    {
        m_statement.query().setForwardOnly(true);
    }
    Result<void> run(const QVariantList &values)
    {
        auto r = m_statement.run(values);
        m_text.resize(m_statement.query().record().count());
        return r;
    }
    bool next() override { return m_statement.query().next(); }
    Result<void> finished() const override
    {
        if (m_statement.query().lastError().isValid())
            return std::unexpected(m_statement.error());
        return {};
    }
    qint64 int64(int column) const override { return m_statement.query().value(column).toLongLong(); }
    QByteArrayView text(int column) const override
    {
        QByteArray &cell = m_text[column];
        cell = m_statement.query().value(column).toString().toUtf8();
        return cell;
    }
    bool isNull(int column) const override { return m_statement.query().isNull(column); }

private:
    mutable Statement m_statement;
    mutable QList<QByteArray> m_text; // one per column
};

// `sql` with each `?` replaced by its value as an SQL literal, for COPY, which takes no
// parameters: integers as numbers, dates as ISO text, texts as escape strings (E'...', whose
// backslashes and quotes are doubled: the same whatever standard_conforming_strings says), null
// as NULL. A `?` inside a quoted literal or identifier of `sql` is left alone. Empty when the
// values do not match the placeholders or hold another type.
QString withLiterals(const QString &sql, const QVariantList &values)
{
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            if (next == values.size())
                return {};
            const QVariant &v = values.at(next++);
            if (v.isNull())
                out += QStringLiteral("NULL");
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Bool)
                out += QString::number(v.toLongLong());
            else if (v.typeId() == QMetaType::QDate)
                out += u'\'' + v.toDate().toString(Qt::ISODate) + u'\'';
            else if (v.typeId() == QMetaType::QString)
                out += QStringLiteral("E'")
                    + QString(v.toString()).replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"))
                    + u'\'';
            else
                return {};
            continue;
        }
        out += c;
    }
    return next == values.size() ? out : QString();
}

} // namespace

Result<std::unique_ptr<Cursor>> Cursor::open(const Database &db, const QString &sql, const QVariantList &values)
{
    if (DirectStatement::available(db)) {
        auto statement = DirectStatement::prepare(db, sql);
        if (!statement)
            return std::unexpected(statement.error());
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.isNull())
                (*statement)->bindNull(i + 1);
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Bool)
                (*statement)->bindInt64(i + 1, v.toLongLong());
            else
                (*statement)->bindText(i + 1, v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
        }
        return std::make_unique<DirectCursor>(std::move(*statement));
    }
    // COPY takes no parameters: the values are written into the query as literals.
    const QString literal = values.isEmpty() ? sql : withLiterals(sql, values);
    if (!literal.isEmpty() && PgCopy::available(db)) {
        auto copy = PgCopyOut::open(db, literal);
        if (!copy)
            return std::unexpected(copy.error());
        return std::make_unique<CopyCursor>(std::move(*copy));
    }
    auto cursor = std::make_unique<QueryCursor>(db, sql);
    if (auto r = cursor->run(values); !r)
        return std::unexpected(r.error());
    return cursor;
}

} // namespace pd::sql

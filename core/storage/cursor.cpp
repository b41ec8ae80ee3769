#include "cursor.h"

#include "sql.h"
#include "sqlitedirect.h"

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
    auto cursor = std::make_unique<QueryCursor>(db, sql);
    if (auto r = cursor->run(values); !r)
        return std::unexpected(r.error());
    return cursor;
}

} // namespace pd::sql

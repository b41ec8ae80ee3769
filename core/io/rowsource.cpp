#include "rowsource.h"

#include "csvreader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace pd::importing {

namespace {

// Records handed over at once: few enough that the first ones come quickly, many enough that
// the hand-over costs nothing next to them.
constexpr qsizetype kBatchRecords = 1024;
// Batches the reading thread may be ahead (memory stays bounded whatever the file's size).
constexpr int kBatchesAhead = 4;

struct Batch {
    std::vector<SourceRecord> records; // reused: the rows keep their lists' storage
    qsizetype count = 0;
    bool last = false; // the input ends after these records
    qint64 endBytes = 0;
};

} // namespace

struct RowSource::Impl {
    Impl(CsvReader &csv, const QList<CsvColumn> &kindColumns, const QList<int> &headerColumns,
         const QList<bool> &inHeader, RowHandler &rowHandler)
        : reader(csv)
        , columns(kindColumns)
        , columnAt(headerColumns)
        , present(inHeader)
        , handler(rowHandler)
    {
    }

    std::unique_ptr<Batch> newBatch() const
    {
        auto batch = std::make_unique<Batch>();
        batch->records.resize(kBatchRecords);
        for (SourceRecord &r : batch->records) {
            r.row.values.resize(columns.size());
            r.row.present = present;
        }
        return batch;
    }

    // Reads one record into `out`; false at the end of the input.
    bool read(SourceRecord &out)
    {
        if (!reader.next(record))
            return false;
        out.bytesRead = reader.bytesRead();
        out.error = record.error;
        out.errorLine = record.errorLine;
        if (!record.isValid())
            return true;
        Row &row = out.row;
        row.line = record.line;
        row.issues.clear();
        row.outcome = Row::Outcome::Added;
        row.storageError.reset();
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            const int c = columnAt.at(i);
            if (c < 0)
                continue;
            QString &value = row.values[c];
            // The row's old text goes back to the record, for the reader to decode a later
            // field into (CsvReader::convert).
            value.swap(record.fields[i]);
            value = std::move(value).trimmed();
            if (columns.at(c).value == CsvValue::Text)
                value = csvUnescapeText(value);
            if (const qsizetype length = value.size(); length > columns.at(c).maxLength) {
                row.fail(c, Tr::tr("%n characters, more than the %1 this column may hold", nullptr, int(length))
                                .arg(columns.at(c).maxLength));
                value.truncate(columns.at(c).maxLength); // the row is refused; keep later messages short
            }
        }
        handler.check(row);
        return true;
    }

    void fill(Batch &batch)
    {
        batch.count = 0;
        while (batch.count < kBatchRecords && !batch.last) {
            if (read(batch.records[batch.count]))
                ++batch.count;
            else
                batch.last = true;
        }
        batch.endBytes = reader.bytesRead();
    }

    // The reading thread: fills free batches until the input ends or the source stops.
    void run()
    {
        for (;;) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [this] { return stop || !free.empty(); });
                if (stop)
                    return;
                batch = std::move(free.front());
                free.pop_front();
            }
            fill(*batch);
            const bool last = batch->last;
            {
                const std::lock_guard lock(mutex);
                filled.push_back(std::move(batch));
            }
            changed.notify_all();
            if (last)
                return;
        }
    }

    CsvReader &reader;
    const QList<CsvColumn> &columns;
    const QList<int> &columnAt;
    const QList<bool> &present;
    RowHandler &handler;
    CsvRecord record; // the reading thread's

    std::unique_ptr<Batch> current; // the caller's
    qsizetype index = 0;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::unique_ptr<Batch>> free;   // for the reading thread to fill
    std::deque<std::unique_ptr<Batch>> filled; // for the caller, in file order
    bool stop = false;
};

RowSource::RowSource(CsvReader &reader, const QList<CsvColumn> &columns, const QList<int> &columnAt,
                     const QList<bool> &present, RowHandler &handler, bool threaded)
    : d(std::make_unique<Impl>(reader, columns, columnAt, present, handler))
{
    if (!threaded)
        return;
    for (int i = 0; i < kBatchesAhead; ++i)
        d->free.push_back(d->newBatch());
    d->thread = std::thread([this] { d->run(); });
}

RowSource::~RowSource()
{
    if (!d->thread.joinable())
        return;
    {
        const std::lock_guard lock(d->mutex);
        d->stop = true;
    }
    d->changed.notify_all();
    d->thread.join();
}

SourceRecord *RowSource::next()
{
    Impl &i = *d;
    if (i.current && i.index < i.current->count) {
        SourceRecord *out = &i.current->records[i.index++];
        m_bytesRead = out->bytesRead;
        return out;
    }
    if (i.current && i.current->last) {
        m_bytesRead = i.current->endBytes;
        return nullptr;
    }
    if (!i.thread.joinable()) {
        if (!i.current)
            i.current = i.newBatch();
        i.fill(*i.current);
    } else {
        std::unique_lock lock(i.mutex);
        if (i.current)
            i.free.push_back(std::move(i.current));
        i.changed.notify_all();
        i.changed.wait(lock, [&i] { return !i.filled.empty(); });
        i.current = std::move(i.filled.front());
        i.filled.pop_front();
    }
    i.index = 0;
    return next();
}

} // namespace pd::importing

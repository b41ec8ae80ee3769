#include "recordcorrections.h"

#include "session.h"
#include "workers/jobprogress.h"
#include "workers/workerdatabase.h"

#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>
#include <memory>

namespace pd::ui {

namespace {

// A void, undone once by restoring the record; not redone (the restore made a new live copy,
// and voiding that again is a new Void…).
class VoidCommand final : public QUndoCommand {
public:
    VoidCommand(RecordCorrections *corrections, RecordKind kind, qint64 id, const QString &text)
        : QUndoCommand(text)
        , m_corrections(corrections)
        , m_kind(kind)
        , m_id(id)
    {
    }
    void undo() override
    {
        m_corrections->restore(m_kind, m_id);
        setObsolete(true);
    }
    void redo() override { } // the void was written before the command was pushed

private:
    RecordCorrections *m_corrections;
    RecordKind m_kind;
    qint64 m_id;
};

class CorrectCommand final : public QUndoCommand {
public:
    CorrectCommand(RecordCorrections *corrections, RecordKind kind, qint64 originalId, qint64 replacementId,
        const QString &text)
        : QUndoCommand(text)
        , m_corrections(corrections)
        , m_kind(kind)
        , m_originalId(originalId)
        , m_replacementId(replacementId)
    {
    }
    void undo() override
    {
        m_corrections->undoCorrection(m_kind, m_originalId, m_replacementId);
        setObsolete(true);
    }
    void redo() override { }

private:
    RecordCorrections *m_corrections;
    RecordKind m_kind;
    qint64 m_originalId;
    qint64 m_replacementId;
};

} // namespace

RecordCorrections::RecordCorrections(Session *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_undo(new QUndoStack(this))
{
}

RecordKind RecordCorrections::kindOf(const Replacement &replacement)
{
    static constexpr RecordKind kinds[] = { RecordKind::Sale, RecordKind::Licence, RecordKind::Event,
        RecordKind::Certification, RecordKind::Score };
    return kinds[replacement.index()];
}

QString RecordCorrections::kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Sale:
        return tr("sale");
    case RecordKind::Licence:
        return tr("licence");
    case RecordKind::Event:
        return tr("compliance event");
    case RecordKind::Certification:
        return tr("certification");
    case RecordKind::Score:
        return tr("score");
    }
    return {};
}

QString RecordCorrections::voidTitle(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Sale:
        return tr("Void Sale");
    case RecordKind::Licence:
        return tr("Void Licence");
    case RecordKind::Event:
        return tr("Void Compliance Event");
    case RecordKind::Certification:
        return tr("Void Certification");
    case RecordKind::Score:
        return tr("Void Score");
    }
    return {};
}

void RecordCorrections::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

BackgroundJob *RecordCorrections::run(
    const QString &title, const QString &label, Write write, std::function<void(qint64)> landed)
{
    if (auto writable = m_session->checkWritable(); !writable) {
        emit failed(title, writable.error());
        return nullptr;
    }
    if (m_busy) {
        emit failed(title, Error { Error::Code::Busy, tr("Another correction is still being written.") });
        return nullptr;
    }
    setBusy(true);
    const QString location = m_session->location();
    auto value = std::make_shared<qint64>(0);
    auto work = [location, write, value](const ProgressFn &) -> Result<void> {
        auto opened = openDatabase(location);
        if (!opened)
            return std::unexpected(opened.error());
        ScopedDatabase db(std::move(*opened));
        Corrections corrections(*db);
        auto written = write(corrections);
        if (!written)
            return std::unexpected(written.error());
        *value = *written;
        return {};
    };
    QPointer<RecordCorrections> self(this);
    auto done = [self, title, value, landed](const BackgroundJob &job) {
        if (!self)
            return;
        self->setBusy(false);
        if (!job.succeeded()) {
            emit self->failed(title, job.error());
            return;
        }
        landed(*value);
        emit self->changed();
    };
    return runJobWithProgress(m_window, title, label, std::move(work), std::move(done));
}

BackgroundJob *RecordCorrections::voidRecord(RecordKind kind, qint64 id, const QString &reason)
{
    const QString name = kindName(kind);
    return run(
        voidTitle(kind), tr("Voiding the %1…").arg(name),
        [kind, id, reason](Corrections &c) -> Result<qint64> {
            if (auto r = c.voidRecord(kind, id, reason); !r)
                return std::unexpected(r.error());
            return id;
        },
        [this, kind, id, name](qint64) {
            m_undo->push(new VoidCommand(this, kind, id, tr("Void %1").arg(name)));
            emit statusMessage(tr("Voided the %1. Undo (Ctrl+Z) restores it.").arg(name));
        });
}

BackgroundJob *RecordCorrections::correct(qint64 id, const Replacement &replacement, const QString &reason)
{
    const RecordKind kind = kindOf(replacement);
    const QString name = kindName(kind);
    auto write = [id, replacement, reason](Corrections &c) -> Result<qint64> {
        return std::visit(
            [&](const auto &r) -> Result<qint64> {
                using R = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<R, Sale>)
                    return c.correctSale(id, r, reason);
                else if constexpr (std::is_same_v<R, Licence>)
                    return c.correctLicence(id, r, reason);
                else if constexpr (std::is_same_v<R, ComplianceEvent>)
                    return c.correctEvent(id, r, reason);
                else if constexpr (std::is_same_v<R, Certification>)
                    return c.correctCertification(id, r, reason);
                else
                    return c.correctScore(id, r, reason);
            },
            replacement);
    };
    return run(tr("Correct"), tr("Correcting the %1…").arg(name), write,
        [this, kind, id, name](qint64 replacementId) {
            m_undo->push(new CorrectCommand(this, kind, id, replacementId, tr("Correct %1").arg(name)));
            emit statusMessage(tr("Corrected the %1. Undo (Ctrl+Z) brings the original back.").arg(name));
        });
}

BackgroundJob *RecordCorrections::restore(RecordKind kind, qint64 voidedId)
{
    const QString name = kindName(kind);
    const QString reason = tr("undo of void");
    return run(
        tr("Undo Void"), tr("Restoring the %1…").arg(name),
        [kind, voidedId, reason](Corrections &c) { return c.restore(kind, voidedId, reason); },
        [this, name](qint64) { emit statusMessage(tr("Restored the %1.").arg(name)); });
}

BackgroundJob *RecordCorrections::undoCorrection(RecordKind kind, qint64 originalId, qint64 replacementId)
{
    const QString name = kindName(kind);
    const QString reason = tr("undo of correction");
    // The replacement is voided first: a sale's reference is unique among live lines, and the
    // restored original takes it back. Two writes, as the API offers them.
    return run(
        tr("Undo Correction"), tr("Restoring the original %1…").arg(name),
        [kind, originalId, replacementId, reason](Corrections &c) -> Result<qint64> {
            if (auto voided = c.voidRecord(kind, replacementId, reason); !voided)
                return std::unexpected(voided.error());
            return c.restore(kind, originalId, reason);
        },
        [this, name](qint64) { emit statusMessage(tr("Restored the original %1.").arg(name)); });
}

} // namespace pd::ui

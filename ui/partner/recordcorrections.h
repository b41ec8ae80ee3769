#pragma once

#include "licensing/licence.h"
#include "records.h"
#include "storage/corrections.h"

#include <QObject>
#include <variant>

class QUndoStack;
class QWidget;

namespace pd::ui {

class BackgroundJob;
class Session;

// Voids and corrections of the partner page's records, written on a worker (the window never
// waits), each undoable once: undoing a void restores the record (Corrections::restore, as
// nothing is ever deleted), undoing a correction voids the replacement and restores the original.
// The undo stack holds these steps only; it is cleared when another partner or database is shown.
class RecordCorrections final : public QObject {
    Q_OBJECT

public:
    using Replacement = std::variant<Sale, Licence, ComplianceEvent, Certification, Score>;

    RecordCorrections(Session *session, QWidget *window, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    bool isBusy() const { return m_busy; }

    // Each starts the write and returns its job (for tests: it is deleted once done); nullptr when
    // the database may not be edited or another write is running (failed() says why).
    BackgroundJob *voidRecord(RecordKind kind, qint64 id, const QString &reason);
    BackgroundJob *correct(qint64 id, const Replacement &replacement, const QString &reason);
    // The steps behind undo.
    BackgroundJob *restore(RecordKind kind, qint64 voidedId);
    BackgroundJob *undoCorrection(RecordKind kind, qint64 originalId, qint64 replacementId);

    static RecordKind kindOf(const Replacement &replacement);
    static QString kindName(RecordKind kind); // "sale", "licence", ... translated
    static QString voidTitle(RecordKind kind); // "Void Sale", ... translated

signals:
    // A write landed: the records, figures and browser are read again.
    void changed();
    // The write was refused or failed; nothing changed. `error.code` tells a conflict, a refused
    // permission or invalid input (for a correction: the dialog opens again).
    void failed(const QString &title, const pd::Error &error);
    void statusMessage(const QString &message);
    void busyChanged(bool busy);

private:
    using Write = std::function<Result<qint64>(Corrections &corrections)>;
    // Runs `write` on a worker connection; `landed` runs on success with its value.
    BackgroundJob *run(
        const QString &title, const QString &label, Write write, std::function<void(qint64)> landed);
    void setBusy(bool busy);

    Session *m_session;
    QWidget *m_window;
    QUndoStack *m_undo;
    bool m_busy = false;
};

} // namespace pd::ui

#pragma once

#include "backgroundjob.h"

#include <QString>
#include <functional>

class QWidget;

namespace pd::ui {

// What the window does when a job is over: read job.succeeded() and job.error(), show a result
// box, reopen a file. The progress dialog is gone by then.
using JobDone = std::function<void(const BackgroundJob &job)>;

// The one way the window runs work the user waits for: starts `work` on a BackgroundJob (a child
// of `window`) under a window-modal progress dialog titled `title` that says `label`. The dialog
// appears only when the job takes longer than 300 ms; Cancel, Escape or closing it asks the job
// to stop (the work then rolls back) and it says so until the job is over. When the job is over
// the dialog is destroyed first, then `done` runs, then the job is deleted: a message box that
// `done` opens is never covered by the progress dialog (a window-modal dialog over it would block
// it and lock the window). Returns the running job, for cancelling it or for tests; show results
// in `done`, not from a connection to finished().
BackgroundJob *runJobWithProgress(QWidget *window, const QString &title, const QString &label,
                                  BackgroundJob::Work work, JobDone done);

} // namespace pd::ui

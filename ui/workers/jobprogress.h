#pragma once

#include <QString>

class QWidget;

namespace pd::ui {

class BackgroundJob;

// Shows a window-modal progress dialog for a running job. Cancel asks the job to stop (the
// work then rolls back); the dialog closes itself when the job finishes. The window keeps
// repainting because the work runs on the job's thread, not in a nested loop. A status the job
// posts replaces the label until an empty one restores it.
void showJobProgressDialog(BackgroundJob *job, QWidget *parent, const QString &label);

} // namespace pd::ui

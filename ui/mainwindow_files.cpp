// The File menu of the main window: databases, CSV import and export, start-up.
#include "csvimportdialog.h"
#include "dashboard.h"
#include "generate/generator.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "logging.h"
#include "mainwindow.h"
#include "partner/partnerpage.h"
#include "partnerbrowser.h"
#include "recentfiles.h"
#include "session.h"
#include "team/teamactions.h"
#include "workers/jobprogress.h"
#include "workers/workerdatabase.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>
#include <memory>

namespace pd::ui {

namespace {
constexpr int kDemoPartners = 300;
}

QString MainWindow::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/partnerdesk.sqlite");
}

void MainWindow::startUp(const QString &databaseArgument)
{
    // A team database is never taken for a file name (one holding the URL's password).
    if (Database::isServerLocation(databaseArgument)) {
        if (!m_team->connectToUrl(databaseArgument))
            emit ready();
        return;
    }
    QString path = databaseArgument.isEmpty() ? QString() : QFileInfo(databaseArgument).absoluteFilePath();
    if (path.isEmpty()) {
        const QString last = m_recent->last();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty()) {
        path = defaultDatabasePath();
        if (!QFileInfo::exists(path)) {
            createDatabase(path, true);
            return;
        }
    }
    if (!openDatabase(path))
        emit ready();
}

bool MainWindow::openDatabase(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto r = m_session->open(path);
    QApplication::restoreOverrideCursor();
    if (!r) {
        QMessageBox::critical(this, tr("Open Database"), r.error().message);
        if (r.error().code == Error::Code::NotADatabase || r.error().code == Error::Code::NotFound)
            m_recent->remove(path);
        return false;
    }
    m_recent->add(path);
    m_shownPartner = 0;
    m_dashboard->setProgramKey(QSettings().value(QStringLiteral("mainWindow/dashboardProgram")).toString());
    showStatus(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::openDatabaseDialog()
{
    if (!maybeSaveAll())
        return;
    const QString dir = m_session->isOpen() ? QFileInfo(m_session->location()).absolutePath()
                                            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), dir,
                                                      tr("PartnerDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::newDatabase()
{
    if (!maybeSaveAll())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/partners.sqlite"),
        tr("PartnerDesk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_session->location()).absoluteFilePath()) {
            QMessageBox::warning(this, tr("New Database"), tr("This database is open. Choose another file name."));
            return;
        }
        // The file dialog has asked whether to replace it.
        Database::removeFile(path);
    }
    const auto answer = QMessageBox::question(
        this, tr("New Database"),
        tr("Fill the new database with demo data (%n partner(s) with two years of records)?", nullptr, kDemoPartners),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    createDatabase(path, answer == QMessageBox::Yes);
}

void MainWindow::createDatabase(const QString &path, bool demo)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The only place the window makes a database file: File › Open refuses a missing or empty one.
    auto created = pd::ui::createDatabase(path);
    if (!created) {
        QMessageBox::critical(this, tr("New Database"), created.error().message);
        emit ready();
        return;
    }
    closeDatabase(*created);
    if (!demo) {
        openDatabase(path);
        return;
    }
    const QDate today = QDate::currentDate();
    auto work = [path, today](const ProgressFn &progress) -> Result<void> {
        auto opened = pd::ui::openDatabase(path);
        if (!opened)
            return std::unexpected(opened.error());
        ScopedDatabase db(std::move(*opened));
        Store store(*db);
        GenerateOptions options;
        options.partners = kDemoPartners;
        options.seed = quint32(today.toJulianDay());
        options.today = today;
        options.demo = true;
        auto summary = generate(store, options, progress);
        if (!summary)
            return std::unexpected(summary.error());
        return {};
    };
    auto done = [this, path](const BackgroundJob &job) {
        if (!job.succeeded() && job.error().code != Error::Code::Cancelled)
            QMessageBox::warning(this, job.title(), job.error().message);
        // A cancelled or failed generation wrote nothing: the file holds the programs only.
        if (!openDatabase(path))
            emit ready();
    };
    runJobWithProgress(this, tr("Creating the demo database"),
                       tr("Creating %n demo partner(s) with two years of records…", nullptr, kDemoPartners), work, done);
}

void MainWindow::importCsv()
{
    if (!m_session->isOpen() || !maybeSaveAll())
        return;
    CsvFileDialog dialog(CsvFileDialog::Mode::Import, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CsvKind kind = dialog.kind();
    const QString path = dialog.path();
    const bool update = dialog.updateExisting();
    const QString location = m_session->location();
    auto counts = std::make_shared<ImportResult>();
    auto work = [location, kind, path, update, counts](const ProgressFn &progress) -> Result<void> {
        auto opened = pd::ui::openDatabase(location);
        if (!opened)
            return std::unexpected(opened.error());
        ScopedDatabase db(std::move(*opened));
        db->setBusyNotice([job = BackgroundJob::current(), name = db->displayName()](bool waiting) {
            job->postStatus(waiting ? tr("Waiting for another program to finish writing %1…").arg(name) : QString());
        });
        Store store(*db);
        Importer importer(store);
        importer.setProgress(progress);
        importer.setOptions(ImportOptions { update, {} });
        auto result = importer.importFile(kind, path);
        if (!result)
            return std::unexpected(result.error());
        *counts = *result;
        return {};
    };
    auto done = [this, kind, path, update, counts](const BackgroundJob &job) {
        if (!job.succeeded()) {
            if (job.error().code == Error::Code::Cancelled) {
                showStatus(tr("Import cancelled; nothing was written."));
                return;
            }
            QMessageBox box(QMessageBox::Warning, tr("Import CSV"),
                            tr("%1 was not imported; nothing was written.").arg(QFileInfo(path).fileName()),
                            QMessageBox::Ok, this);
            const QString message = job.error().message;
            box.setInformativeText(message.section(QLatin1Char('\n'), 0, 9));
            box.setDetailedText(message);
            box.exec();
            return;
        }
        if (kind == CsvKind::FxRates)
            m_session->reloadRates();
        if (kind == CsvKind::Partners)
            m_session->reloadPrograms();
        m_page->reload();
        m_session->notifyDataReplaced();
        if (update) {
            //: %1 is the kind of records; %2 to %4 are counts: "Partners: 3 updated, 997 unchanged, 10 added."
            showStatus(tr("%1: %2, %3, %4.")
                           .arg(CsvFileDialog::kindLabel(kind), tr("%Ln updated", nullptr, counts->updated),
                                tr("%Ln unchanged", nullptr, counts->unchanged), tr("%Ln added", nullptr, counts->rows)));
        } else if (counts->alreadyPresent == 0) {
            showStatus(tr("Imported %Ln record(s) of %1.", nullptr, counts->rows)
                           .arg(CsvFileDialog::kindLabel(kind).toLower()));
        } else if (counts->rows == 0) {
            // Lines the database holds already (same reference and content) were skipped.
            showStatus(tr("%1: nothing new was imported; %Ln record(s) already present.", nullptr,
                          counts->alreadyPresent)
                           .arg(CsvFileDialog::kindLabel(kind)));
        } else {
            showStatus(tr("%1: %2 imported, %Ln already present.", nullptr, counts->alreadyPresent)
                           .arg(CsvFileDialog::kindLabel(kind), QLocale().toString(counts->rows)));
        }
    };
    runJobWithProgress(this, tr("Import CSV"), tr("Importing %1…").arg(QFileInfo(path).fileName()), work, done);
}

void MainWindow::exportCsv()
{
    if (!m_session->isOpen() || !maybeSaveAll())
        return;
    CsvFileDialog dialog(CsvFileDialog::Mode::Export, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CsvKind kind = dialog.kind();
    const QString path = dialog.path();
    const QString location = m_session->location();
    auto rows = std::make_shared<qint64>(0);
    auto work = [location, kind, path, rows](const ProgressFn &progress) -> Result<void> {
        auto opened = pd::ui::openDatabase(location);
        if (!opened)
            return std::unexpected(opened.error());
        ScopedDatabase db(std::move(*opened));
        Store store(*db);
        Exporter exporter(store);
        exporter.setProgress(progress);
        auto written = exporter.exportFile(kind, path);
        if (!written)
            return std::unexpected(written.error());
        *rows = *written;
        return {};
    };
    auto done = [this, path, rows](const BackgroundJob &job) {
        if (!job.succeeded()) {
            if (job.error().code != Error::Code::Cancelled)
                QMessageBox::warning(this, tr("Export CSV"), job.error().message);
            return;
        }
        showStatus(tr("Exported %Ln record(s) to %1.", nullptr, *rows).arg(QDir::toNativeSeparators(path)));
    };
    runJobWithProgress(this, tr("Export CSV"), tr("Exporting to %1…").arg(QFileInfo(path).fileName()), work, done);
}

void MainWindow::about()
{
    // The licence as packaging/license.txt states it (GPL-3.0-or-later), in its usual short form.
    const QString licence =
        tr("<p>Copyright © %1 The PartnerDesk developers</p><p>PartnerDesk is free software: you can "
           "redistribute it and/or modify it under the terms of the <a href=\"%2\">GNU General Public "
           "License</a>, version 3 or (at your option) any later version.</p><p>It comes with ABSOLUTELY "
           "NO WARRANTY.</p>")
            .arg(QStringLiteral("2026"), QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"));
    QMessageBox::about(this, tr("About PartnerDesk"),
                       tr("<h3>PartnerDesk %1</h3><p>Partner programs as data: tiers, requirements, rates and "
                          "benefits; partners' records; tier evaluation with what is missing for the next tier.</p>")
                               .arg(QStringLiteral(PD_VERSION))
                           + licence
                           + tr("<p>PartnerDesk keeps a log of its work in %1 (Help › Open Log Folder); attach it "
                                "to a support request.</p>")
                                 .arg(QDir::toNativeSeparators(log::defaultFolder()).toHtmlEscaped()));
}

void MainWindow::openLogFolder()
{
    const QString folder = log::defaultFolder();
    if (QDir().mkpath(folder) && QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        return;
    qCWarning(lcUi).noquote() << "The log folder could not be opened:" << folder;
    QMessageBox::warning(this, tr("Open Log Folder"),
                         tr("The log folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder)));
}

} // namespace pd::ui

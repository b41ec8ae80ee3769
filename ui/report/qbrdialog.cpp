#include "qbrdialog.h"

#include "report/qbrbatch.h"
#include "session.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
const QString kPaperKey = QStringLiteral("qbr/paper");
const QString kFolderKey = QStringLiteral("qbr/folder");
const QString kStatementFolderKey = QStringLiteral("statements/folder");
const QString kLanguageKey = QStringLiteral("qbr/language");
} // namespace

QbrDialog::QbrDialog(Session *session, qint64 currentPartnerId, QWidget *parent, ReportKind kind)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_partnerId(currentPartnerId)
    , m_one(new QRadioButton(tr("The current &partner"), this))
    , m_program(new QRadioButton(tr("All partners of the p&rogram"), this))
    , m_filter(new QRadioButton(tr("The partners of the current &filter"), this))
    , m_programs(new QComboBox(this))
    , m_quarter(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_destinationLabel(new QLabel(this))
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
{
    const bool statements = m_kind == ReportKind::Statement;
    setWindowTitle(statements ? tr("Partner Statements") : tr("Export Quarterly Review"));
    // Names for tests and accessibility tools.
    m_one->setObjectName(QStringLiteral("onePartner"));
    m_program->setObjectName(QStringLiteral("programPartners"));
    m_filter->setObjectName(QStringLiteral("filterPartners"));
    m_programs->setObjectName(QStringLiteral("program"));
    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_language->setObjectName(QStringLiteral("language"));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_destination->setObjectName(QStringLiteral("destination"));
    m_export->setObjectName(QStringLiteral("export"));
    m_status->setObjectName(QStringLiteral("status"));
    if (m_partnerId > 0) {
        if (const auto partner = m_session->store().partner(m_partnerId)) {
            m_partnerCode = partner->code;
            m_partnerName = partner->name;
        }
    }
    const QSettings settings;
    m_programs->addItem(tr("All programs"), QString());
    for (const StoredProgram &p : m_session->programs())
        m_programs->addItem(p.program.name, p.program.key);

    // The last finished quarter is proposed: a review is about a quarter that is over.
    const Quarter current = Quarter::containing(m_session->today());
    m_quarter->addItem(current.text(), current.text());
    Quarter q = current.previous();
    for (int i = 0; i < 8; ++i, q = q.previous())
        m_quarter->addItem(q.text(), q.text());
    m_quarter->setCurrentIndex(1);

    // Language names in their own language: the choice is independent of the window's.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    const int language = m_language->findData(settings.value(kLanguageKey, QLocale().name().left(2)).toString());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_paper->addItem(tr("From the language (US Letter for English, A4 otherwise)"), -1);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    const int paper = m_paper->findData(settings.value(kPaperKey, -1).toInt());
    m_paper->setCurrentIndex(paper < 0 ? 0 : paper);

    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_folder = statements ? settings.value(kStatementFolderKey, documents.filePath(tr("Partner statements"))).toString()
                          : settings.value(kFolderKey, documents.filePath(tr("Quarterly reviews"))).toString();
    connect(m_browse, &QPushButton::clicked, this, &QbrDialog::browse);
    connect(m_destination, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_one->isChecked())
            m_customFile = true;
        else
            m_folder = text;
    });
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    m_destinationLabel->setBuddy(m_destination);

    auto *form = new QFormLayout;
    auto *who = new QVBoxLayout;
    who->addWidget(m_one);
    auto *programRow = new QHBoxLayout;
    programRow->addWidget(m_program);
    programRow->addWidget(m_programs, 1);
    who->addLayout(programRow);
    who->addWidget(m_filter);
    form->addRow(tr("Partners:"), who);
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("P&aper:"), m_paper);
    form->addRow(m_destinationLabel, destinationRow);

    m_one->setEnabled(m_partnerId > 0);
    m_filter->setVisible(false);
    (m_partnerId > 0 ? m_one : m_program)->setChecked(true);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_export->setDefault(true);

    connect(m_export, &QPushButton::clicked, this, &QbrDialog::exportReviews);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QbrDialog::reject);
    for (QRadioButton *b : { m_one, m_program, m_filter })
        connect(b, &QRadioButton::toggled, this, &QbrDialog::updateState);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &QbrDialog::updateDestination);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    updateState();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void QbrDialog::setFilteredPartners(const QList<qint64> &ids)
{
    m_filtered = ids;
    m_filter->setVisible(true);
    m_filter->setText(tr("The partners of the current &filter (%n)", nullptr, int(ids.size())));
    m_filter->setEnabled(!ids.isEmpty());
}

void QbrDialog::reject()
{
    // Escape, the Cancel button and the window's close button cancel a running export first.
    if (m_running) {
        m_cancel = true;
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void QbrDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        m_cancel = true;
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void QbrDialog::updateState()
{
    m_programs->setEnabled(m_program->isChecked() && !m_running);
    updateDestination();
}

QString QbrDialog::defaultFileName() const
{
    const auto quarter = Quarter::parse(m_quarter->currentData().toString());
    if (m_partnerCode.isEmpty() || !quarter)
        return QString();
    return QbrBatch::fileNameFor(m_partnerCode, m_partnerName, *quarter, m_kind);
}

void QbrDialog::updateDestination()
{
    if (m_one->isChecked()) {
        m_destinationLabel->setText(tr("F&ile:"));
        if (!m_customFile)
            m_destination->setText(QDir(m_folder).filePath(defaultFileName()));
    } else {
        m_destinationLabel->setText(tr("F&older:"));
        m_destination->setText(m_folder);
    }
}

void QbrDialog::browse()
{
    if (m_one->isChecked()) {
        const QString file = QFileDialog::getSaveFileName(
            this, m_kind == ReportKind::Statement ? tr("Save the statement as") : tr("Save the review as"), m_destination->text(),
                                                          tr("PDF documents (*.pdf)"));
        if (file.isEmpty())
            return;
        m_destination->setText(file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? file
                                                                                          : file + QStringLiteral(".pdf"));
        m_customFile = true;
        m_folder = QFileInfo(file).absolutePath();
    } else {
        const QString dir = QFileDialog::getExistingDirectory(
            this, m_kind == ReportKind::Statement ? tr("Folder for the statements") : tr("Folder for the reviews"), m_folder);
        if (dir.isEmpty())
            return;
        m_folder = dir;
        m_destination->setText(dir);
    }
}

Result<QList<qint64>> QbrDialog::chosenPartners()
{
    if (m_one->isChecked())
        return QList<qint64> { m_partnerId };
    if (m_filter->isChecked())
        return m_filtered;
    return QbrBatch::partnersOf(m_session->store(), m_programs->currentData().toString());
}

void QbrDialog::setInputsEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_program, m_quarter, m_language, m_paper, m_destination,
                                                           m_browse, m_export })
        w->setEnabled(enabled);
    m_one->setEnabled(enabled && m_partnerId > 0);
    m_filter->setEnabled(enabled && !m_filtered.isEmpty());
    m_programs->setEnabled(enabled && m_program->isChecked());
}

void QbrDialog::exportReviews()
{
    if (m_running)
        return;
    const QString destination = m_destination->text().trimmed();
    if (destination.isEmpty()) {
        m_status->setText(m_one->isChecked() ? tr("Choose the file to write.") : tr("Choose the folder to write into."));
        return;
    }
    const bool statements = m_kind == ReportKind::Statement;
    QbrRequest request;
    request.kind = m_kind;
    request.database = m_session->location();
    auto partners = chosenPartners();
    if (!partners) {
        m_status->setText(partners.error().message);
        return;
    }
    request.partnerIds = *partners;
    request.quarter = *Quarter::parse(m_quarter->currentData().toString());
    request.language = m_language->currentData().toString();
    if (m_paper->currentData().toInt() >= 0)
        request.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    request.issuedOn = m_session->today();
    if (m_one->isChecked()) {
        request.outFile = destination;
        request.outDir = QFileInfo(destination).absolutePath();
    } else {
        request.outDir = destination;
    }
    if (request.partnerIds.isEmpty()) {
        m_status->setText(tr("No partners to export."));
        return;
    }
    QSettings settings;
    settings.setValue(kPaperKey, m_paper->currentData().toInt());
    settings.setValue(kLanguageKey, request.language);
    settings.setValue(statements ? kStatementFolderKey : kFolderKey, m_one->isChecked() ? request.outDir : destination);

    m_running = true;
    m_cancel = false;
    m_written.clear();
    setInputsEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel"));
    m_progress->setVisible(true);
    m_progress->setRange(0, int(request.partnerIds.size()));
    m_progress->setValue(0);
    const int count = int(request.partnerIds.size());
    m_status->setText(statements ? tr("Writing %n statement(s)…", nullptr, count) : tr("Writing %n review(s)…", nullptr, count));
    // The reviews are written on worker threads (one per core), charts included. This thread, in
    // the progress callback, handles the window's events, so it stays responsive.
    auto result = QbrBatch::run(request, [this, statements](int done, int total) {
        m_progress->setValue(done);
        if (!m_cancel)
            m_status->setText((statements ? tr("%1 of %n statement(s) written", nullptr, total)
                                          : tr("%1 of %n review(s) written", nullptr, total))
                                  .arg(done));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 30);
        return !m_cancel;
    });
    m_running = false;
    setInputsEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    if (!result) {
        m_status->setText(result.error().message);
        emit exportFinished(false);
        return;
    }
    m_written = result->files;
    const int written = int(result->files.size());
    QString text;
    if (statements)
        text = result->cancelled ? tr("Cancelled: %n statement(s) written.", nullptr, written)
                                 : tr("%n statement(s) written.", nullptr, written);
    else
        text = result->cancelled ? tr("Cancelled: %n review(s) written.", nullptr, written)
                                 : tr("%n review(s) written.", nullptr, written);
    if (!result->errors.isEmpty())
        text += u' ' + tr("%n failed:", nullptr, int(result->errors.size())) + u' ' + result->errors.first();
    m_status->setText(text);
    emit exportFinished(result->cancelled);
    if (!m_openWhenDone)
        return;
    if (result->files.size() == 1 && result->errors.isEmpty() && !result->cancelled)
        QDesktopServices::openUrl(QUrl::fromLocalFile(result->files.first()));
    else if (!result->files.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(request.outDir));
}

} // namespace pd::ui

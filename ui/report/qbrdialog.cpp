#include "qbrdialog.h"

#include "qbrbatch.h"
#include "session.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace pd::ui {

QbrDialog::QbrDialog(Session *session, qint64 currentPartnerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_partnerId(currentPartnerId)
    , m_one(new QRadioButton(tr("The current &partner"), this))
    , m_program(new QRadioButton(tr("All partners of the p&rogram"), this))
    , m_filter(new QRadioButton(tr("The partners of the current &filter"), this))
    , m_programs(new QComboBox(this))
    , m_quarter(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Quarterly Review"));
    m_programs->addItem(tr("All programs"), QString());
    for (const StoredProgram &p : m_session->programs())
        m_programs->addItem(p.program.name, p.program.key);

    // The last finished quarter first: a review is about a quarter that is over.
    Quarter q = Quarter::containing(m_session->today()).previous();
    for (int i = 0; i < 8; ++i, q = q.previous())
        m_quarter->addItem(q.text(), q.text());
    m_quarter->insertItem(0, Quarter::containing(m_session->today()).text(),
                          Quarter::containing(m_session->today()).text());
    m_quarter->setCurrentIndex(1);

    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    const int current = m_language->findData(QLocale().name().left(2));
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_paper->addItem(tr("From the language (US Letter for English, A4 otherwise)"), -1);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));

    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Quarterly reviews")));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the reviews"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

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
    form->addRow(tr("Pa&per:"), m_paper);
    form->addRow(tr("F&older:"), folderRow);

    m_one->setEnabled(m_partnerId > 0);
    m_filter->setVisible(false);
    (m_partnerId > 0 ? m_one : m_program)->setChecked(true);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, &QbrDialog::exportReviews);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_running)
            m_cancel = true;
        else
            reject();
    });
    for (QRadioButton *b : { m_one, m_program, m_filter })
        connect(b, &QRadioButton::toggled, this, &QbrDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    updateState();
}

void QbrDialog::setFilteredPartners(const QList<qint64> &ids)
{
    m_filtered = ids;
    m_filter->setVisible(true);
    m_filter->setText(tr("The partners of the current &filter (%n)", nullptr, int(ids.size())));
    m_filter->setEnabled(!ids.isEmpty());
}

void QbrDialog::updateState()
{
    m_programs->setEnabled(m_program->isChecked() && !m_running);
}

QList<qint64> QbrDialog::chosenPartners()
{
    if (m_one->isChecked())
        return { m_partnerId };
    if (m_filter->isChecked())
        return m_filtered;
    return QbrBatch::partnersOf(m_session->store(), m_programs->currentData().toString()).value_or(QList<qint64> {});
}

void QbrDialog::exportReviews()
{
    if (m_running)
        return;
    QbrRequest request;
    request.database = m_session->location();
    request.partnerIds = chosenPartners();
    request.quarter = *Quarter::parse(m_quarter->currentData().toString());
    request.language = m_language->currentData().toString();
    if (m_paper->currentData().toInt() >= 0)
        request.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    request.issuedOn = QDate::currentDate();
    request.outDir = m_folder->text();
    if (request.partnerIds.isEmpty()) {
        m_status->setText(tr("No partners to export."));
        return;
    }

    m_running = true;
    m_cancel = false;
    for (QWidget *w : std::initializer_list<QWidget *> { m_one, m_program, m_filter, m_programs, m_quarter, m_language,
                                                           m_paper, m_folder })
        w->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, int(request.partnerIds.size()));
    m_progress->setValue(0);
    // The batch runs on worker threads; this thread keeps the dialog responsive in the callback.
    auto result = QbrBatch::run(request, [this](int done, int total) {
        m_progress->setValue(done);
        m_status->setText(tr("%1 of %n review(s) written", nullptr, total).arg(done));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 30);
        return !m_cancel;
    });
    m_running = false;
    for (QWidget *w : std::initializer_list<QWidget *> { m_program, m_filter, m_quarter, m_language, m_paper, m_folder })
        w->setEnabled(true);
    m_one->setEnabled(m_partnerId > 0);
    m_filter->setEnabled(!m_filtered.isEmpty());
    updateState();
    if (!result) {
        m_status->setText(result.error().message);
        return;
    }
    QString text = result->cancelled ? tr("Cancelled: %n review(s) written.", nullptr, int(result->files.size()))
                                     : tr("%n review(s) written.", nullptr, int(result->files.size()));
    if (!result->errors.isEmpty())
        text += u' ' + tr("%n failed:", nullptr, int(result->errors.size())) + u' ' + result->errors.first();
    m_status->setText(text);
    if (result->files.size() == 1 && result->errors.isEmpty() && !result->cancelled)
        QDesktopServices::openUrl(QUrl::fromLocalFile(result->files.first()));
    else if (!result->files.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(request.outDir));
}

} // namespace pd::ui

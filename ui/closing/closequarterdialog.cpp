#include "closequarterdialog.h"

#include "../session.h"
#include "../workers/jobprogress.h"
#include "workers/workerdatabase.h"
#include "storage/store.h"
#include "username.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace pd::ui {

CloseQuarterDialog::CloseQuarterDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_quarter(new QComboBox(this))
    , m_table(new QTableWidget(0, 9, this))
    , m_message(new QLabel(this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_closeButton(new QPushButton(tr("&Close Quarter"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Close Quarter"));
    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_table->setObjectName(QStringLiteral("totals"));
    m_message->setObjectName(QStringLiteral("message"));
    m_previewButton->setObjectName(QStringLiteral("preview"));
    m_closeButton->setObjectName(QStringLiteral("closeQuarter"));

    // The next quarter to close; while none is closed, any ended quarter may start the ledger.
    const QDate today = session->today();
    QuarterClosing closing(session->store());
    const auto closed = closing.closedQuarters();
    const Quarter next = closing.nextToClose(today).value_or(Quarter::containing(today).previous());
    m_quarter->addItem(next.text());
    if (closed && closed->isEmpty()) {
        Quarter q = next;
        for (int i = 0; i < 7; ++i) {
            q = q.previous();
            m_quarter->addItem(q.text());
        }
    }

    m_table->setHorizontalHeaderLabels({ tr("Program"), tr("Currency"), tr("Partners"), tr("Lines"), tr("Sales"),
                                         tr("Rewards"), tr("Rebate"), tr("SPIF"), tr("Adjustments") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setText(tr("Closing freezes every partner's statement of the quarter, books late changes to "
                          "earlier closed quarters as adjustments and creates the payables. It cannot be undone."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Quarter:"), m_quarter);
    m_buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_closeButton, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        const QString q = quarter().text();
        const auto answer = QMessageBox::question(
            this, tr("Close Quarter"),
            tr("Close %1? Its statements are frozen and its payables created; this cannot be undone.").arg(q),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            closeQuarter();
    });
    connect(m_quarter, &QComboBox::currentIndexChanged, this, [this] { m_table->setRowCount(0); });
    if (const auto writable = session->checkWritable(); !writable) {
        m_closeButton->setEnabled(false);
        setMessage(writable.error().message);
    }
    resize(860, 420);
}

Quarter CloseQuarterDialog::quarter() const
{
    return Quarter::parse(m_quarter->currentText()).value_or(Quarter {});
}

void CloseQuarterDialog::setQuarter(const Quarter &quarter)
{
    int index = m_quarter->findText(quarter.text());
    if (index < 0) {
        m_quarter->addItem(quarter.text());
        index = m_quarter->count() - 1;
    }
    m_quarter->setCurrentIndex(index);
}

BackgroundJob *CloseQuarterDialog::preview()
{
    return run(false);
}

BackgroundJob *CloseQuarterDialog::closeQuarter()
{
    return run(true);
}

QString CloseQuarterDialog::message() const
{
    return m_message->text();
}

int CloseQuarterDialog::previewRows() const
{
    return m_table->rowCount();
}

void CloseQuarterDialog::setMessage(const QString &text)
{
    m_message->setText(text);
}

BackgroundJob *CloseQuarterDialog::run(bool close)
{
    if (m_closed)
        return nullptr;
    if (close) {
        if (const auto writable = m_session->checkWritable(); !writable) {
            setMessage(writable.error().message);
            return nullptr;
        }
    }
    const Quarter q = quarter();
    const QString location = m_session->location();
    const QDate today = m_session->today();
    const QString by = currentUserName();
    auto result = std::make_shared<ClosePreview>();
    auto work = [location, q, today, by, close, result](const ProgressFn &progress) -> Result<void> {
        auto opened = openDatabase(location);
        if (!opened)
            return std::unexpected(opened.error());
        ScopedDatabase db(std::move(*opened));
        Store store(*db);
        QuarterClosing closing(store);
        auto done = close ? closing.close(q, today, by.isEmpty() ? QStringLiteral("partnerdesk") : by, progress)
                          : closing.preview(q, today, progress);
        if (!done)
            return std::unexpected(done.error());
        *result = *done;
        return {};
    };
    auto finished = [this, q, close, result](const BackgroundJob &job) {
        m_previewButton->setEnabled(true);
        m_closeButton->setEnabled(true);
        if (!job.succeeded()) {
            setMessage(job.error().code == Error::Code::Cancelled
                           ? tr("Closing %1 was cancelled; nothing was written.").arg(q.text())
                           : job.error().message);
            return;
        }
        showTotals(*result);
        if (!close) {
            setMessage(tr("Closing %1 would freeze %n statement(s).", nullptr, int(result->partners)).arg(q.text()));
            return;
        }
        m_closed = true;
        m_previewButton->setEnabled(false);
        m_closeButton->setEnabled(false);
        // Nothing is left to cancel: the dialog's way out becomes Close.
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        setMessage(tr("Closed %1:").arg(q.text()) + QLatin1Char(' ')
                   + tr("%n statement(s) frozen", nullptr, int(result->partners)) + QStringLiteral(", ")
                   + tr("%n payable(s)", nullptr, int(result->payables)));
        m_session->notifyDataReplaced();
        emit quarterClosed(q);
    };
    m_previewButton->setEnabled(false);
    m_closeButton->setEnabled(false);
    return runJobWithProgress(this, close ? tr("Close Quarter") : tr("Close Quarter Preview"),
                              close ? tr("Closing %1…").arg(q.text()) : tr("Computing what closing %1 freezes…").arg(q.text()),
                              std::move(work), std::move(finished));
}

void CloseQuarterDialog::showTotals(const ClosePreview &preview)
{
    const QLocale locale;
    m_table->setRowCount(int(preview.totals.size()));
    for (int row = 0; row < preview.totals.size(); ++row) {
        const CloseTotal &t = preview.totals.at(row);
        const Program *program = m_session->program(t.programKey);
        const QStringList cells { program ? program->name : t.programKey, t.currency, locale.toString(t.partners),
                                  locale.toString(t.lines), t.sales.display(locale), t.rewards.display(locale),
                                  t.rebate.display(locale), t.spif.display(locale), t.adjustments.display(locale) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace pd::ui

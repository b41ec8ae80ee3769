#include "csvimportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
const QString kLastDirKey = QStringLiteral("csv/lastDirectory");
}

CsvFileDialog::CsvFileDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_kind(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_columns(new QLabel(this))
    , m_update(new QCheckBox(tr("&Update existing records"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Import ? tr("Import CSV") : tr("Export CSV"));
    for (CsvKind k : csvKinds())
        m_kind->addItem(kindLabel(k), int(k));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &CsvFileDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Records:"), m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path); // a layout row has no buddy: without one the label shows "&File:"
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Columns:"), m_columns);
    m_update->setToolTip(tr("Records whose code exists are updated from the file: only changed fields are "
                            "written, and each is logged in the partner's history. Without this, an existing "
                            "code is a problem and nothing is imported."));
    if (mode == Mode::Import)
        form->addRow(QString(), m_update);
    else
        m_update->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Import ? tr("Import") : tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (mode == Mode::Import) {
        auto *note = new QLabel(tr("Import is all or nothing: every record is checked, and nothing is written unless "
                                   "all of them are good. Import partners before the records that name them."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CsvFileDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &CsvFileDialog::update);
    resize(560, sizeHint().height());
    update();
}

QString CsvFileDialog::kindLabel(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Partners:
        return tr("Partners");
    case CsvKind::Certifications:
        return tr("Staff certifications");
    case CsvKind::Customers:
        return tr("Customers");
    case CsvKind::Sales:
        return tr("Sales");
    case CsvKind::Events:
        return tr("Compliance events");
    case CsvKind::Scores:
        return tr("Scores (NPS, satisfaction, advocacy)");
    case CsvKind::FxRates:
        return tr("Exchange rates");
    case CsvKind::Moves:
        return tr("Customer moves");
    }
    return {};
}

CsvKind CsvFileDialog::kind() const
{
    return CsvKind(m_kind->currentData().toInt());
}

bool CsvFileDialog::updateExisting() const
{
    return m_mode == Mode::Import && m_update->isEnabled() && m_update->isChecked();
}

QString CsvFileDialog::path() const
{
    return m_path->text().trimmed();
}

void CsvFileDialog::browse()
{
    QSettings settings;
    QString dir = settings.value(kLastDirKey).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = tr("CSV files (*.csv);;All files (*)");
    QString chosen;
    if (m_mode == Mode::Import) {
        chosen = QFileDialog::getOpenFileName(this, tr("Import CSV"), dir, filter);
    } else {
        chosen = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                              dir + QLatin1Char('/') + csvKindKey(kind()) + QStringLiteral(".csv"), filter);
    }
    if (chosen.isEmpty())
        return;
    settings.setValue(kLastDirKey, QFileInfo(chosen).absolutePath());
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void CsvFileDialog::update()
{
    QStringList columns;
    for (const CsvColumn &c : csvColumns(kind()))
        columns << (c.required ? c.name : tr("%1 (optional)").arg(c.name));
    m_columns->setText(columns.join(QStringLiteral(", ")));
    m_update->setEnabled(csvKindUpdatable(kind()));
    const QString p = path();
    const bool ok = !p.isEmpty() && (m_mode == Mode::Export || QFileInfo(p).isFile());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace pd::ui

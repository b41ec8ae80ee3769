#include "offlinedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pd::ui {

OfflineDialog::OfflineDialog(const QStringList &programKeys, const QStringList &programNames,
                             const QString &defaultFile, QWidget *parent)
    : QDialog(parent)
    , m_all(new QRadioButton(tr("&All partners"), this))
    , m_some(new QRadioButton(tr("Only the partners &matching:"), this))
    , m_territory(new QLineEdit(this))
    , m_program(new QComboBox(this))
    , m_country(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Take Offline"));
    auto *intro = new QLabel(tr("Copies the programs, exchange rates and the chosen partners with all their "
                                "records into a file that opens read-only without a network. Refresh it later "
                                "to fetch only what changed."),
                             this);
    intro->setWordWrap(true);
    m_all->setChecked(true);
    m_territory->setPlaceholderText(tr("any territory"));
    m_program->addItem(tr("any program"), QString());
    for (qsizetype i = 0; i < programKeys.size(); ++i)
        m_program->addItem(programNames.value(i, programKeys.at(i)), programKeys.at(i));
    m_country->setPlaceholderText(tr("any country (two letters, such as ES)"));
    m_country->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), this));
    m_file->setText(QDir::toNativeSeparators(defaultFile));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Take Offline"));

    auto *filterForm = new QFormLayout;
    filterForm->addRow(tr("&Territory:"), m_territory);
    filterForm->addRow(tr("&Program:"), m_program);
    filterForm->addRow(tr("&Country:"), m_country);
    filterForm->setContentsMargins(24, 0, 0, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileForm = new QFormLayout;
    fileForm->addRow(tr("&Save to:"), fileRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_all);
    layout->addWidget(m_some);
    layout->addLayout(filterForm);
    layout->addLayout(fileForm);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &OfflineDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *b : { m_all, m_some })
        connect(b, &QRadioButton::toggled, this, &OfflineDialog::updateState);
    for (QLineEdit *e : { m_territory, m_country, m_file })
        connect(e, &QLineEdit::textChanged, this, &OfflineDialog::updateState);
    connect(m_program, &QComboBox::currentIndexChanged, this, &OfflineDialog::updateState);
    updateState();
}

OfflineFilter OfflineDialog::filter() const
{
    if (m_all->isChecked())
        return {};
    return OfflineFilter { m_territory->text().trimmed(), m_program->currentData().toString(),
                           m_country->text().trimmed().toUpper() };
}

void OfflineDialog::setFilter(const OfflineFilter &filter)
{
    m_territory->setText(filter.territory);
    const int program = m_program->findData(filter.programKey);
    m_program->setCurrentIndex(program >= 0 ? program : 0);
    m_country->setText(filter.country);
    (filter.isEmpty() ? m_all : m_some)->setChecked(true);
}

QString OfflineDialog::file() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void OfflineDialog::setFile(const QString &file)
{
    m_file->setText(QDir::toNativeSeparators(file));
}

void OfflineDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Take Offline"), file(),
                                                      tr("PartnerDesk databases (*.sqlite)"));
    if (!path.isEmpty())
        setFile(path);
}

void OfflineDialog::updateState()
{
    const bool some = m_some->isChecked();
    m_territory->setEnabled(some);
    m_program->setEnabled(some);
    m_country->setEnabled(some);
    const bool filterOk = !some || !filter().isEmpty();
    const QString country = m_country->text().trimmed();
    const bool countryOk = !some || country.isEmpty() || country.size() == 2;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(filterOk && countryOk && !file().isEmpty());
}

} // namespace pd::ui

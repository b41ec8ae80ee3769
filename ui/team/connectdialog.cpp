#include "connectdialog.h"

#include "passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr int kDefaultPort = 5432;
}

QStringList ConnectDialog::tlsModes()
{
    return { QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
             QStringLiteral("verify-full") };
}

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Database"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder such as /run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database->setPlaceholderText(tr("partners"));
    m_user->setPlaceholderText(tr("your database user name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls->addItem(tr("Off (disable)"), QStringLiteral("disable"));
    m_tls->addItem(tr("If the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Required (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("Required, with the server's certificate and name checked (verify-full)"),
                   QStringLiteral("verify-full"));
    m_tls->setCurrentIndex(m_tls->findData(QStringLiteral("prefer")));
    if (PasswordStore::keychainAvailable()) {
        m_remember->setChecked(true);
    } else {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("This build of PartnerDesk has no keychain support: the password is kept "
                                  "only until the window closes."));
    }
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption (TLS):"), m_tls);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::updateOk);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::updateOk);
    updateOk();
}

void ConnectDialog::setLocation(const ServerLocation &location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port > 0 ? location.port : kDefaultPort);
    m_database->setText(location.database);
    m_user->setText(location.user);
    const int tls = m_tls->findData(location.sslMode);
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
}

ServerLocation ConnectDialog::location() const
{
    ServerLocation loc;
    loc.host = m_host->text().trimmed();
    loc.port = m_port->value() == kDefaultPort ? 0 : m_port->value();
    loc.database = m_database->text().trimmed();
    loc.user = m_user->text().trimmed();
    loc.sslMode = m_tls->currentData().toString();
    return loc;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember && m_remember->isEnabled());
}

void ConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

} // namespace pd::ui

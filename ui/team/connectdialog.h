#pragma once

#include "storage/serverlocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pd::ui {

// File › Connect to Team Database: host, port, database, user, password and TLS mode of a
// PostgreSQL server. The password goes to the system keychain when "Remember" is ticked, never
// to the settings.
class ConnectDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a location (a recent connection); its password is not shown.
    void setLocation(const ServerLocation &location);
    ServerLocation location() const; // without the password
    QString password() const;
    void setPassword(const QString &password);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // A message above the buttons (why the last attempt failed).
    void setMessage(const QString &message);

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QSpinBox *portEdit() const { return m_port; }
    QComboBox *tlsModeBox() const { return m_tls; }

    // The TLS modes offered (libpq's sslmode values), in menu order.
    static QStringList tlsModes();

private:
    void updateOk();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QCheckBox *m_remember;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace pd::ui

#pragma once

#include "licensing/nfrtoken.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;

namespace pd::ui {

// Paste an NFR key and see whether it is valid, expired, revoked or forged, and whether its
// add-on modules are still enabled.
class NfrVerifyDialog final : public QDialog
{
    Q_OBJECT

public:
    using Verifier = std::function<NfrVerification(const QString &token)>;
    explicit NfrVerifyDialog(Verifier verifier, QWidget *parent = nullptr);

    void setToken(const QString &token);
    QString resultText() const;
    static QString describe(const NfrVerification &v); // translated, several lines

private:
    void verify();

    Verifier m_verifier;
    QPlainTextEdit *m_token;
    QLabel *m_result;
};

} // namespace pd::ui

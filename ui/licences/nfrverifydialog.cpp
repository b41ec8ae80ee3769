#include "nfrverifydialog.h"

#include "formatting.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

NfrVerifyDialog::NfrVerifyDialog(Verifier verifier, QWidget *parent)
    : QDialog(parent)
    , m_verifier(std::move(verifier))
    , m_token(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Verify NFR Key"));
    m_token->setPlaceholderText(tr("Paste the key (PDNFR1.…)"));
    m_token->setTabChangesFocus(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *check = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    connect(check, &QPushButton::clicked, this, &NfrVerifyDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_token);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, 320);
}

void NfrVerifyDialog::setToken(const QString &token)
{
    m_token->setPlainText(token);
    verify();
}

QString NfrVerifyDialog::resultText() const
{
    return m_result->text();
}

QString NfrVerifyDialog::describe(const NfrVerification &v)
{
    QStringList lines { nfrStatusLabel(v.status).toUpper() };
    if (!v.reason.isEmpty())
        lines << v.reason;
    if (v.status != NfrStatus::Invalid) {
        const NfrClaims &k = v.claims;
        lines << tr("Serial %1, issued to %2 (%3)").arg(k.serial, k.partnerName, k.partnerCode)
              << tr("%1, not for resale, valid %2 to %3")
                     .arg(k.product, formatDate(k.issuedOn), formatDate(k.validUntil));
        if (!k.modulesUntil.isValid())
            lines << tr("No add-on modules.");
        else
            lines << (v.modulesEnabled ? tr("Add-on modules enabled until %1.")
                                       : tr("Add-on modules no longer enabled (until %1)."))
                         .arg(formatDate(k.modulesUntil));
        lines << (v.knownToDatabase ? tr("Issued from this database.")
                                    : tr("Not in this database: its revocation could not be checked."));
    }
    return lines.join(u'\n');
}

void NfrVerifyDialog::verify()
{
    const QString token = m_token->toPlainText().trimmed();
    if (token.isEmpty()) {
        m_result->clear();
        return;
    }
    const NfrVerification v = m_verifier(token);
    m_result->setText(describe(v));
    m_result->setStyleSheet(
        v.status == NfrStatus::Valid ? QStringLiteral("color: #207020") : QStringLiteral("color: #b02020"));
}

} // namespace pd::ui

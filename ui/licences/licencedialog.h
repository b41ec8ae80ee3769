#pragma once

#include "checkeddialog.h"
#include "licensing/entitlements.h"
#include "licensing/licence.h"
#include "program.h"
#include "records.h"
#include "result.h"

#include <QHash>
#include <expected>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pd::ui {

class CustomerPicker;

// A new licence of one partner: sold to one of its customers or bought for its own use. Each
// field is checked as the user types (OK stays disabled; the field is marked and the reason shown
// under it, for the product and price once the user has touched them); OK hands the licence to `record` (LicenceService, through LicencesView), and a
// refusal from core is shown in the dialog, which stays open with nothing written.
class LicenceDialog final : public CheckedDialog
{
    Q_OBJECT

public:
    enum class Field { Kind, Customer, ProductLine, Product, Seats, Price, Start, End, Renews, Reason };

    // What the dialog offers; the view reads it from the database.
    struct Choices {
        QString partnerName;
        QString currency; // the program's
        QList<ProductLine> productLines;
        QList<Customer> customers;
        QList<Licence> renewable; // the partner's licences not yet renewed
        InternalUseEntitlement internalUse; // of the partner's tier today
        QDate today;
    };
    using Recorder = std::function<Result<Licence>(const Licence &)>;

    LicenceDialog(Choices choices, Recorder record, QWidget *parent = nullptr);

    // Starts as the renewal of one of the renewable licences: its kind, customer, product line,
    // product, seats and price, starting the day after it ends.
    void renew(qint64 licenceId);

    // Turns the dialog into Correct Licence: every field of `values` (the licence corrected, or
    // the user's values after a refusal) and a required reason; the licence it renews is kept.
    void correct(qint64 originalId, const Licence &values);
    QString reason() const;
    // A refusal of core for these values, shown until a field changes.
    void showRefusal(const QString &text) { showProblem(text); }

    // The licence as entered, without its partner.
    Licence licence() const;
    // Why the field is not acceptable; empty when it is.
    QString issue(Field field) const;
    bool isAcceptable() const;
    // The refusal from core after the last OK; empty when none.
    QString refusal() const;
    // The licence written by the last accepted OK.
    const Licence &recorded() const { return m_recorded; }

    void accept() override;

private:
    void addChecked(QFormLayout *form, const QString &label, QWidget *editor, Field field);
    void kindChanged();
    void startChanged();
    void renewsChanged();
    void fillRenewable();
    void revalidate() override;
    // The price per seat in minor units, or why the text is not one.
    using Price = std::expected<qint64, QString>;
    Price price() const;
    QHash<Field, QString> check(const Price &price) const;
    bool internal() const;

    void fill(const Licence &l);

    Choices m_choices;
    Recorder m_record;
    bool m_correcting = false;
    qint64 m_keptRenewsId = 0;
    QLineEdit *m_reason = nullptr;
    Licence m_recorded;
    QHash<Field, QString> m_issues;
    QHash<Field, QWidget *> m_editors;
    QHash<Field, QLabel *> m_errors;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind;
    QLabel *m_entitlement;
    CustomerPicker *m_customer;
    QComboBox *m_line;
    QLineEdit *m_product;
    QLineEdit *m_edition;
    QLineEdit *m_modules;
    QSpinBox *m_seats;
    QLineEdit *m_price;
    QLabel *m_total;
    QDateEdit *m_soldOn;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QComboBox *m_renews;
    QLineEdit *m_note;
    bool m_endEdited = false;
    bool m_settingEnd = false;
};

} // namespace pd::ui

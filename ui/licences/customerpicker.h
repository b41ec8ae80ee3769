#pragma once

#include "records.h"

#include <QComboBox>

namespace pd::ui {

// The customer field of the licensing dialogs: a partner's customers ("CODE Name"), filtered as
// the user types. Any part of a code or name, in any case, narrows the list to pick from; text
// that names no customer exactly (again in any case) is no choice at all, for the dialog to refuse.
class CustomerPicker final : public QComboBox {
    Q_OBJECT

public:
    explicit CustomerPicker(const QList<Customer> &customers, QWidget *parent = nullptr);

    // The customer the text names; 0 when it names none. Starts on the first customer.
    qint64 customerId() const { return m_customerId; }
    void setCustomerId(qint64 id);

signals:
    void customerChanged(qint64 customerId);

private:
    void followText();

    qint64 m_customerId = 0;
};

} // namespace pd::ui

#include "customerpicker.h"

#include <QCompleter>

namespace pd::ui {

CustomerPicker::CustomerPicker(const QList<Customer> &customers, QWidget *parent)
    : QComboBox(parent)
{
    for (const Customer &c : customers)
        addItem(QStringLiteral("%1 %2").arg(c.code, c.name), c.id);
    setEditable(true);
    // As wide as the form's other fields: names are long, and the popup takes this width.
    setSizePolicy(QSizePolicy::Expanding, sizePolicy().verticalPolicy());
    // Typed text only chooses among the customers; it never becomes one.
    setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(model(), this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    followText();
    connect(this, &QComboBox::editTextChanged, this, &CustomerPicker::followText);
    connect(this, &QComboBox::currentIndexChanged, this, &CustomerPicker::followText);
}

void CustomerPicker::setCustomerId(qint64 id)
{
    setCurrentIndex(findData(id));
}

void CustomerPicker::followText()
{
    // The current index alone would lag: it stays on the last item picked while the user types.
    const int row = findText(currentText().trimmed(), Qt::MatchFixedString);
    const qint64 id = row >= 0 ? itemData(row).toLongLong() : 0;
    if (id == m_customerId)
        return;
    m_customerId = id;
    emit customerChanged(id);
}

} // namespace pd::ui

#pragma once

#include "storage/offline.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace pd::ui {

// File › Take Offline: which partners (all, or those of a territory, program or country) and
// the SQLite file to write them to.
class OfflineDialog final : public QDialog {
    Q_OBJECT

public:
    // `programKeys` and `programNames` fill the program list (same order).
    OfflineDialog(const QStringList &programKeys, const QStringList &programNames, const QString &defaultFile,
                  QWidget *parent = nullptr);

    OfflineFilter filter() const;
    QString file() const;
    void setFile(const QString &file);
    void setFilter(const OfflineFilter &filter);

private:
    void browse();
    void updateState();

    QRadioButton *m_all;
    QRadioButton *m_some;
    QLineEdit *m_territory;
    QComboBox *m_program;
    QLineEdit *m_country;
    QLineEdit *m_file;
    QDialogButtonBox *m_buttons;
};

} // namespace pd::ui

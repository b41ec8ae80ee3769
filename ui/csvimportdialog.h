#pragma once

#include "io/csvkinds.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd::ui {

// Chooses what a CSV file holds and which file: for import (an existing file) or export (a new
// file). Shows the columns of the chosen kind, which is exactly what import reads and export writes.
class CsvFileDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Import, Export };

    explicit CsvFileDialog(Mode mode, QWidget *parent = nullptr);

    CsvKind kind() const;
    QString path() const;
    // Import: update existing records by code (offered for the kinds that allow it).
    bool updateExisting() const;
    static QString kindLabel(CsvKind kind);

private:
    void browse();
    void update();

    Mode m_mode;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QLabel *m_columns;
    QCheckBox *m_update;
    QDialogButtonBox *m_buttons;
};

} // namespace pd::ui

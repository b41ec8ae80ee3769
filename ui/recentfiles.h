#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace pd::ui {

// The recently opened databases, most recent first, kept in QSettings. The first entry is the
// database the window opens at the next start.
class RecentFiles final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    QString last() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    // Fills `menu` with the files (Alt+1..8 mnemonics) and a Clear entry.
    void populate(QMenu *menu);

signals:
    void openRequested(const QString &path);
    void changed();
};

} // namespace pd::ui

#include "recentfiles.h"

#include "storage/database.h"
#include "team/teamactions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace pd::ui {

namespace {
const QString kKey = QStringLiteral("recentDatabases");

// A file by its absolute path; a team database by its URL, which never holds a password.
QString normalized(const QString &location)
{
    if (Database::isServerLocation(location))
        return location;
    return QFileInfo(location).absoluteFilePath();
}
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

QString RecentFiles::last() const
{
    const QStringList list = files();
    return list.isEmpty() ? QString() : list.first();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = normalized(path);
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(kKey, list);
    emit changed();
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(normalized(path));
    QSettings().setValue(kKey, list);
    emit changed();
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
    emit changed();
}

void RecentFiles::populate(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        const QString name = Database::isServerLocation(path) ? TeamActions::shortName(path) : QFileInfo(path).fileName();
        QAction *a = menu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty())
        menu->addAction(tr("No recent databases"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear List"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace pd::ui

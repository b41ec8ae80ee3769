#include "screenshots.h"

#include "dashboard.h"
#include "mainwindow.h"
#include "partner/partnerpage.h"
#include "partner/profileform.h"
#include "partner/recordtabs.h"
#include "recordtablemodel.h"
#include "partnerbrowser.h"
#include "partnertablemodel.h"
#include "program/programeditor.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <functional>

namespace pd::app {

namespace {

struct Shot {
    QString name;
    std::function<void(pd::ui::MainWindow *)> prepare;
};

void settleAndSave(pd::ui::MainWindow *window, const QString &path)
{
    QApplication::processEvents();
    window->grab().save(path);
}

void run(pd::ui::MainWindow *window, const QString &directory, QList<Shot> shots)
{
    if (shots.isEmpty()) {
        QApplication::quit();
        return;
    }
    const Shot shot = shots.takeFirst();
    shot.prepare(window);
    // Give layouts, charts and the event loop a moment before grabbing.
    QTimer::singleShot(700, window, [window, directory, shot, shots] {
        settleAndSave(window, QDir(directory).filePath(shot.name + QStringLiteral(".png")));
        run(window, directory, shots);
    });
}

} // namespace

void takeScreenshotsWhenReady(pd::ui::MainWindow *window, const QString &directory)
{
    QDir().mkpath(directory);
    using pd::ui::MainWindow;
    using pd::ui::PartnerPage;
    auto page = [](PartnerPage::Tab tab) {
        return [tab](MainWindow *w) {
            w->showView(MainWindow::View::Partners);
            w->partnerPage()->tabs()->setCurrentIndex(tab);
        };
    };
    QList<Shot> shots {
        { QStringLiteral("01-partners"), page(PartnerPage::ProfileTab) },
        { QStringLiteral("02-partner-staff"), page(PartnerPage::StaffTab) },
        { QStringLiteral("03-partner-sales"), page(PartnerPage::SalesTab) },
        { QStringLiteral("03b-partner-sales-voided"),
          [](MainWindow *w) {
              w->showView(MainWindow::View::Partners);
              w->partnerPage()->tabs()->setCurrentIndex(PartnerPage::SalesTab);
              pd::ui::RecordTable *sales = w->partnerPage()->salesTable();
              sales->setShowVoided(true);
              // Bring the first voided line into view.
              const QAbstractItemModel *rows = sales->view()->model();
              for (int r = 0; r < rows->rowCount(); ++r) {
                  if (rows->index(r, 0).data(pd::ui::RecordTableModel::VoidedRole).toBool()) {
                      sales->selectId(rows->index(r, 0).data(pd::ui::RecordTableModel::IdRole).toLongLong());
                      sales->view()->scrollTo(rows->index(r, 0), QAbstractItemView::PositionAtCenter);
                      break;
                  }
              }
          } },
        { QStringLiteral("04-partner-tierstatus"), page(PartnerPage::TierStatusTabIndex) },
        { QStringLiteral("04b-partner-negotiated-rates"), page(PartnerPage::NegotiatedRatesTab) },
        { QStringLiteral("05-partner-history"), page(PartnerPage::HistoryTab) },
        { QStringLiteral("06-filtered"),
          [](MainWindow *w) {
              w->showView(MainWindow::View::Partners);
              w->partnerPage()->tabs()->setCurrentIndex(PartnerPage::ProfileTab);
              w->browser()->quickFilterActions().at(1)->trigger();
          } },
        { QStringLiteral("07-invalid-input"),
          [](MainWindow *w) {
              w->browser()->quickFilterActions().at(0)->trigger();
              auto *edit = qobject_cast<QLineEdit *>(
                  w->partnerPage()->profileForm()->fieldWidget(pd::ui::ProfileField::Website));
              if (!edit)
                  return;
              edit->setText(QStringLiteral("www example"));
              emit edit->textEdited(edit->text());
          } },
        { QStringLiteral("08-dashboard"),
          [](MainWindow *w) {
              w->partnerPage()->undoStack()->undo(); // leaves nothing unsaved behind
              w->showView(MainWindow::View::Dashboard);
          } },
        { QStringLiteral("09-programs"), [](MainWindow *w) { w->showView(MainWindow::View::Programs); } },
        { QStringLiteral("10-program-tiers"), [](MainWindow *w) { w->programEditor()->tabs()->setCurrentIndex(1); } },
        { QStringLiteral("11-program-rates"), [](MainWindow *w) { w->programEditor()->tabs()->setCurrentIndex(2); } },
        { QStringLiteral("12-program-benefits"),
          [](MainWindow *w) { w->programEditor()->tabs()->setCurrentIndex(3); } },
        { QStringLiteral("13-program-rates-commission"),
          [](MainWindow *w) {
              w->programEditor()->selectProgram(QStringLiteral("marketplace-developer"));
              w->programEditor()->tabs()->setCurrentIndex(2);
          } },
        { QStringLiteral("14-payouts"), [](MainWindow *w) { w->showView(MainWindow::View::Payouts); } },
    };
    auto started = std::make_shared<bool>(false);
    auto begin = [window, directory, shots, started] {
        if (*started)
            return;
        *started = true;
        run(window, directory, shots);
    };
    QObject::connect(window->browser(), &pd::ui::PartnerBrowser::evaluationFinished, window, begin);
    // A database that cannot be evaluated still gets its pictures.
    QTimer::singleShot(120000, window, begin);
}

} // namespace pd::app

#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <functional>

// Answers a job's result box as a user does, and notes what the user would see. Once a message box
// has been up for 600 ms (longer than a progress dialog's delay) it records every other visible
// dialog, then clicks the box's first button with the mouse, which a modal dialog above the box
// would swallow. A box that the click did not close is closed by force (and any dialog above it
// hidden), so that a locked window fails the test instead of hanging it.
class ResultBoxWatcher final : public QObject {
public:
    // `other` answers any other modal dialog (say, the dialog that starts the job).
    explicit ResultBoxWatcher(std::function<void(QWidget *)> other = {})
        : m_other(std::move(other))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &ResultBoxWatcher::poll);
        m_timer.start();
    }

    int boxes = 0;              // message boxes seen
    QString text;               // the last box's text
    QStringList dialogsOverBox; // other visible dialogs while a box was up
    bool closedByClick = true;  // every box closed when its button was clicked

private:
    static QList<QWidget *> visibleDialogs()
    {
        QList<QWidget *> found;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && qobject_cast<QDialog *>(w))
                found << w;
        return found;
    }

    void poll()
    {
        QMessageBox *box = nullptr;
        for (QWidget *w : visibleDialogs())
            if (auto *b = qobject_cast<QMessageBox *>(w))
                box = b;
        if (!box) {
            m_box = nullptr;
            if (m_other)
                if (QWidget *modal = QApplication::activeModalWidget())
                    m_other(modal);
            return;
        }
        if (box != m_box) {
            m_box = box;
            m_clicked = false;
            ++boxes;
            text = box->text();
            m_since.start();
            return;
        }
        if (m_since.elapsed() < 600)
            return;
        if (!m_clicked) {
            for (QWidget *w : visibleDialogs())
                if (w != box)
                    dialogsOverBox << QString::fromLatin1(w->metaObject()->className());
            m_clicked = true;
            // Through the box's window, as the platform delivers a click: Qt drops it when a modal
            // window blocks the box (a click sent to the widget itself would not be checked).
            QAbstractButton *button = box->buttons().constFirst();
            QTest::mouseClick(box->windowHandle(), Qt::LeftButton, {}, button->mapTo(box, button->rect().center()));
            return;
        }
        // Still up one tick after the click: the click did not reach it.
        closedByClick = false;
        for (QWidget *w : visibleDialogs())
            if (w != box)
                w->hide();
        box->done(QMessageBox::Ok);
    }

    std::function<void(QWidget *)> m_other;
    QTimer m_timer;
    QElapsedTimer m_since;
    QMessageBox *m_box = nullptr;
    bool m_clicked = false;
};

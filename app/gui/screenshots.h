#pragma once

#include <QString>

namespace pd::ui {
class MainWindow;
}

namespace pd::app {

// Once the window has loaded and evaluated its partners, shows each main view in turn, saves a
// PNG of the window for each into `directory`, and quits. Used to look at the real window.
void takeScreenshotsWhenReady(pd::ui::MainWindow *window, const QString &directory);

} // namespace pd::app

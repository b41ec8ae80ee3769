#include "reportfonts.h"

#include <QFontDatabase>
#include <QMutex>
#include <QStringList>

namespace pd::ui {

QString reportFontFamily()
{
    static QMutex mutex;
    static QString family;
    static bool loaded = false;
    const QMutexLocker lock(&mutex);
    if (!loaded) {
        loaded = true;
        for (const char *file : { ":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf" }) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
            if (family.isEmpty() && !families.isEmpty())
                family = families.first();
        }
    }
    return family;
}

QFont reportFont(qreal pointSize, bool bold)
{
    QFont font(reportFontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No ligatures: pdftotext and search would see U+FB01 instead of "fi".
    font.setStyleStrategy(QFont::PreferNoShaping);
    // Hinting fits glyphs to a screen's pixels, which a PDF has none of; FreeType's hinting
    // interpreter was the largest single cost of a review.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace pd::ui

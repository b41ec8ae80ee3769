#pragma once

#include "dates.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

// A generated database for the review tests, with licensing records the generator does not write:
// a licence renewing next quarter, an NFR key expiring next quarter and activation credits bought
// and consumed in the quarter.
struct QbrFixture {
    QString error;        // empty when the database is ready
    QString path;
    qint64 resellerPartner = 0; // has the licence renewing and the NFR key
    qint64 creditPartner = 0;   // of the activation-credit program, with credit movements
    QString nfrSerial;
    QString renewalProduct;
    pd::Quarter quarter { 2026, 3 };

    bool build(const QTemporaryDir &dir, int partners, qint64 sales);
};

// Runs a poppler tool and returns its standard output; empty on failure (with *error set).
QString runTool(const QString &program, const QStringList &arguments, QString *error);
// pdftotext output with every kind of space (no-break, narrow) as one plain space.
QString normalised(const QString &text);

#pragma once

#include <QTest>

// The partner page reads a partner off the UI thread: a test waits for what it then checks.
// A macro, so that a failure returns from the test function as QVERIFY does.
#define WAIT_FOR_PAGE(page) QTRY_VERIFY_WITH_TIMEOUT(!(page)->isLoading(), 20000)

#pragma once
// How a view reads off the UI thread when its owner gives it a reader (the partner page's
// ReadThread, issue 17): the read runs with the reading thread's Store and returns the step that
// shows its result, which the reader runs back on the UI thread. A view without a reader reads
// where it is (tests, views of a local file).

#include "result.h"

#include <QPointer>
#include <functional>

namespace pd {
class Store;
}

namespace pd::ui {

using UiStep = std::function<void()>;
// `store` is the reading thread's Store, or why it could not be opened.
using ViewRead = std::function<UiStep(Result<Store *> store)>;
using ViewReader = std::function<void(ViewRead read)>;

// A view's reads in the order begun (UI thread only): a result is shown only while no later read,
// or refresh on the UI thread, has begun, so a slow read never hides a newer one.
class ReadSerial {
public:
    quint64 next() { return ++m_latest; }
    bool isLatest(quint64 serial) const { return serial == m_latest; }

private:
    quint64 m_latest = 0;
};

// Reads a view's data with `read` (through `reader`, or here) and shows it with the view's `show`
// on the UI thread, unless the view is gone or has begun a later read by then; a connection that
// could not be opened is shown as the read's error.
template <class View, class Data>
void loadView(View *view, const ViewReader &reader, Store &local, ReadSerial &serial,
              std::function<Result<Data>(Store &)> read, void (View::*show)(const Result<Data> &))
{
    const ViewRead step = [self = QPointer<View>(view), reads = &serial, n = serial.next(), read = std::move(read),
                           show](Result<Store *> store) -> UiStep {
        Result<Data> data = store ? read(**store) : Result<Data>(std::unexpected(store.error()));
        return [self, reads, n, show, data = std::move(data)] {
            if (self && reads->isLatest(n))
                (self.data()->*show)(data);
        };
    };
    if (reader)
        reader(step);
    else
        step(&local)();
}

} // namespace pd::ui

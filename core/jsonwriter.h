#pragma once
// A streaming JSON writer that writes exactly what QJsonDocument::toJson(Indented) writes for the
// same document, without building it: no QJsonObject (a CBOR container per object) for each of
// 100,000 evaluations. The caller writes an object's keys in sorted order, as QJsonObject keeps
// them; tests compare the output with QJsonDocument's.

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>
#include <vector>

namespace pd {

class JsonWriter {
public:
    // `depth`: the nesting the first value starts at (its closing brace is indented by it).
    explicit JsonWriter(int depth = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // Starts an object member; its value follows.
    void key(QLatin1StringView name);

    void value(QStringView text);
    void value(qint64 number);
    void value(bool flag);
    void null();

    const QByteArray &bytes() const { return m_out; }

private:
    void beforeValue();
    void close(char bracket);
    void indent(int depth);

    QByteArray m_out;
    int m_depth;
    std::vector<bool> m_empty; // per open object or array: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace pd

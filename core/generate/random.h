#pragma once

#include <QtGlobal>
#include <cmath>
#include <random>
#include <span>

namespace pd::gen {

// A seeded random source whose results are the same on every platform: std::mt19937_64's output
// is fixed by the standard, but the std distributions are not, so the mapping to ranges is ours.
class Random {
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }

    // A stream for one sub-task (a partner, the rate table), independent of how much the other
    // streams drew: every partner's records depend only on the seed and the partner's number.
    static quint64 streamSeed(quint64 seed, quint64 stream)
    {
        quint64 z = seed * 0x9E3779B97F4A7C15ull + stream + 0x632BE59BD9B4E019ull;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 next() { return m_engine(); }

    // Uniform in [0, 1).
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double real(double lo, double hi) { return lo + (hi - lo) * real(); }

    // Uniform in [lo, hi], both inclusive. The modulo bias is below 2^-40 for the ranges used here.
    qint64 range(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + qint64(next() % quint64(hi - lo + 1));
    }
    int range(int lo, int hi) { return int(range(qint64(lo), qint64(hi))); }

    bool chance(double p) { return real() < p; }

    // An index drawn with the given non-negative weights (the last one when all are zero).
    qsizetype weighted(std::span<const double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = real() * total;
        for (qsizetype i = 0; i < qsizetype(weights.size()); ++i) {
            if (x < weights[size_t(i)])
                return i;
            x -= weights[size_t(i)];
        }
        return qsizetype(weights.size()) - 1;
    }

    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[size_t(range(qint64(0), qint64(items.size()) - 1))];
    }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[size_t(range(qint64(0), qint64(N) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace pd::gen

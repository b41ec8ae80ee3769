// evaluate, apply, statement, fx
#include "cli.h"

#include "dates.h"
#include "presettexts.h"
#include "reportjson.h"
#include "requirementtext.h"
#include "statement.h"
#include "storage/database.h"
#include "storage/store.h"
#include "tierengine.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QRegularExpression>

#include <map>

namespace pd::cli {

namespace {

std::optional<QDate> asOfOption(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QDate d = parseIsoDate(c.parser.value(QStringLiteral("as-of")));
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

// --partner takes the partner's code or its numeric id.
Result<Partner> partnerOption(Context &c, Store &store)
{
    const QString value = c.parser.value(QStringLiteral("partner"));
    const auto byCode = store.partnerByCode(value);
    if (byCode || byCode.error().code != Error::Code::NotFound)
        return byCode;
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok ? store.partner(id) : byCode;
}

// Program and tier names as the reader knows them (a built-in program's in the user's language),
// every program read once when made; a key no program defines is shown as it is. Lookups only
// read, so evaluation workers share one.
class Names {
public:
    explicit Names(Store &store)
    {
        if (auto programs = store.programs()) {
            for (const StoredProgram &sp : *programs)
                m_programs.emplace(sp.program.key, translatedPreset(sp.program));
        }
    }
    QString program(const QString &programKey) const
    {
        const Program *p = find(programKey);
        return p ? p->name : programKey;
    }
    QString tier(const QString &programKey, const QString &tierKey) const
    {
        const Program *p = find(programKey);
        const Tier *t = p ? p->tier(tierKey) : nullptr;
        return t ? t->name : tierKey;
    }

private:
    const Program *find(const QString &key) const
    {
        const auto it = m_programs.find(key);
        return it == m_programs.end() ? nullptr : &it->second;
    }
    std::map<QString, Program> m_programs;
};

QString moveText(const Evaluation &e, const Names &names)
{
    const QString current = names.tier(e.programKey, e.currentTier);
    const QString proposed = names.tier(e.programKey, e.proposedTier);
    switch (e.move) {
    case TierMove::Upgrade:
        return Tr::tr("%1 -> %2 (upgrade)").arg(current, proposed);
    case TierMove::Demotion:
        return Tr::tr("%1 -> %2 (demotion proposed)").arg(current, proposed);
    case TierMove::None:
        break;
    }
    return Tr::tr("%1 (stays)").arg(current);
}

// An evaluation as the text of `evaluate` in the language of `text`, lines ending in line breaks.
QString evaluationText(const Evaluation &e, const Names &names, const TextContext &text)
{
    QString out = e.partnerCode + QStringLiteral("  ") + e.partnerName + QStringLiteral("  [")
        + names.program(e.programKey) + QStringLiteral("]  ");
    if (e.error)
        return out + Tr::tr("error: %1").arg(e.error->message) + u'\n';
    out += moveText(e, names) + QStringLiteral("  ") + Tr::tr("trailing 12 months: %1").arg(e.trailingRevenue.display(text.locale))
        + u'\n';
    if (!e.nextTier.isEmpty()) {
        out += QStringLiteral("    ") + Tr::tr("to %1:").arg(names.tier(e.programKey, e.nextTier));
        const QString note = nextTierNote(e, text);
        if (!note.isEmpty())
            out += u' ' + note;
        out += u'\n';
        for (const RequirementCheck &g : e.gaps)
            out += QStringLiteral("      - ") + gapText(g, text) + u'\n';
    }
    return out;
}

// UTF-8 as it is, past the stream's encoder (the stream writes UTF-8 too, and holds nothing).
void writeUtf8(QTextStream &out, const QByteArray &utf8)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(utf8);
    } else {
        out << QString::fromUtf8(utf8);
    }
}

// Writes a JSON array element by element, exactly as QJsonDocument::toJson(Indented) writes the
// whole array, so that a long array never sits in memory.
class JsonArrayStream {
public:
    explicit JsonArrayStream(QTextStream &out)
        : m_out(out)
    {
    }
    void append(const QByteArray &element)
    {
        write(m_count++ == 0 ? QByteArrayLiteral("[\n    ") : QByteArrayLiteral(",\n    "));
        write(element);
    }
    void finish() { write(m_count == 0 ? QByteArrayLiteral("[\n]\n") : QByteArrayLiteral("\n]\n")); }

private:
    void write(const QByteArray &utf8) { writeUtf8(m_out, utf8); }

    QTextStream &m_out;
    qint64 m_count = 0;
};

// What `evaluate` keeps of an evaluation: its text or JSON, made on the engine's workers.
struct RenderedEvaluation {
    QByteArray utf8;
    bool shown = true; // of the program asked for
    bool error = false;
};

} // namespace

int runEvaluate(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(Tr::tr("evaluate takes no arguments."));
    const auto asOf = asOfOption(c);
    if (!asOf)
        return c.usage(Tr::tr("--as-of needs a date as YYYY-MM-DD."));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    const QString program = c.parser.value(QStringLiteral("program"));
    if (!program.isEmpty()) {
        if (auto p = store.program(program); !p)
            return c.fail(p.error());
    }
    TierEngine engine(store);
    const Names names(store);
    const bool json = c.parser.isSet(QStringLiteral("json"));
    // The language of --lang, installed on the application, explicitly for every evaluation.
    const TextContext text = TextContext::application();
    JsonArrayStream array(c.out);
    int errors = 0;
    // One evaluation at a time, written as it comes: the whole database's requirement checks
    // never sit in memory, neither as evaluations nor as one JSON document. Each is made into
    // its text or JSON on the engine's workers.
    const auto done = engine.evaluateReduced<RenderedEvaluation>(
        *asOf,
        [&program, &names, &text, json](Evaluation &&e) {
            RenderedEvaluation r;
            r.error = e.error.has_value();
            r.shown = program.isEmpty() || e.programKey == program;
            if (r.shown)
                r.utf8 = json ? evaluationJson(e, text, 1) : evaluationText(e, names, text).toUtf8();
            return r;
        },
        [&](RenderedEvaluation &&r) {
            if (!r.shown)
                return;
            errors += r.error ? 1 : 0;
            if (json)
                array.append(r.utf8);
            else
                writeUtf8(c.out, r.utf8);
        });
    if (!done)
        return c.fail(done.error());
    if (json)
        array.finish();
    if (errors > 0) {
        c.err << Tr::tr("%n partner(s) could not be evaluated.", nullptr, errors) << '\n';
        return BadInput;
    }
    return Ok;
}

int runApply(Context &c)
{
    if (!c.args.isEmpty() || !c.parser.isSet(QStringLiteral("partner")) || !c.parser.isSet(QStringLiteral("reason")))
        return c.usage(Tr::tr("apply needs --partner ID and --reason TEXT."));
    const auto asOf = asOfOption(c);
    if (!asOf)
        return c.usage(Tr::tr("--as-of needs a date as YYYY-MM-DD."));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    const auto partner = partnerOption(c, store);
    if (!partner)
        return c.fail(partner.error());
    TierEngine engine(store);
    const auto e = engine.evaluate(partner->id, *asOf);
    if (!e)
        return c.fail(e.error());
    if (auto r = engine.apply(*e, c.parser.value(QStringLiteral("reason")), c.author()); !r)
        return c.fail(r.error());
    Names names(store);
    c.out << e->partnerCode << ": " << moveText(*e, names) << '\n';
    return Ok;
}

int runStatement(Context &c)
{
    // The PDF renders with the window's report code: commands_statementpdf.cpp, with the GUI part only.
    if (c.parser.isSet(QStringLiteral("pdf")) || c.parser.isSet(QStringLiteral("all")))
#ifdef PD_WITH_QBR
        return runStatementPdf(c);
#else
        return c.usage(Tr::tr("This partnerdesk-cli was built without the window's part: it writes no PDF."));
#endif
    if (!c.args.isEmpty() || !c.parser.isSet(QStringLiteral("partner")) || !c.parser.isSet(QStringLiteral("quarter")))
        return c.usage(Tr::tr("statement needs --partner ID and --quarter YYYY-QN."));
    const auto quarter = Quarter::parse(c.parser.value(QStringLiteral("quarter")));
    if (!quarter)
        return c.usage(Tr::tr("\"%1\" is not a quarter; write it as 2026-Q3.").arg(c.parser.value(QStringLiteral("quarter"))));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    const auto partner = partnerOption(c, store);
    if (!partner)
        return c.fail(partner.error());
    const auto st = buildStatement(store, partner->id, *quarter);
    if (!st)
        return c.fail(st.error());
    if (c.parser.isSet(QStringLiteral("json"))) {
        c.out << QJsonDocument(statementToJson(*st)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QLocale locale;
    Names names(store);
    c.out << Tr::tr("Statement %1 for %2 (%3), %4, tier at quarter end: %5")
                 .arg(st->quarter.text(), st->partner.name, st->partner.code, names.program(st->partner.programKey),
                     names.tier(st->partner.programKey, st->tierAtQuarterEnd))
          << '\n';
    if (st->closed)
        c.out << Tr::tr("Closed on %1 by %2: the figures frozen at the close.")
                     .arg(displayDate(st->closedAt.toUTC().date(), locale), st->closedBy)
              << '\n';
    for (const StatementLine &l : st->lines) {
        c.out << "  " << displayDate(l.sale.soldOn, locale) << "  " << l.sale.productLine
              << (l.sale.renewal ? Tr::tr(" (renewal)") : QString()) << "  " << l.sale.quantity << " × "
              << l.sale.unitPrice.display(locale) << " = " << l.amount.display(locale) << "  "
              << (l.perUnit.minor != 0 ? Tr::tr("commission %1 × %2 = %3")
                                             .arg(l.perUnit.display(locale))
                                             .arg(l.sale.quantity)
                                             .arg(l.reward.display(locale))
                                       : Tr::tr("reward %1 = %2").arg(percentDisplay(l.rate.bp, locale), l.reward.display(locale)));
        if (l.sale.isReturn())
            c.out << "  " << Tr::tr("return of %1 (%2)").arg(l.returnsReference, displayDate(l.returnsSoldOn, locale));
        if (!l.note.isEmpty())
            c.out << "  (" << l.note << ')';
        for (const SpifBonus &b : l.spif)
            c.out << "  " << Tr::tr("SPIF \"%1\" %2").arg(b.campaignName, b.amount.display(locale));
        c.out << '\n';
    }
    if (st->lines.isEmpty())
        c.out << "  " << Tr::tr("No sales in this quarter.") << '\n';
    if (!st->adjustments.isEmpty())
        c.out << Tr::tr("Adjustments of closed quarters:") << '\n';
    for (const StatementAdjustment &a : st->adjustments) {
        c.out << "  " << a.fromQuarter.text() << "  " << a.line.sale.reference << "  "
              << (a.kind == AdjustmentKind::Void ? Tr::tr("voided line") : Tr::tr("late line")) << "  "
              << displayDate(a.line.sale.soldOn, locale) << "  "
              << Tr::tr("reward %1, rebate %2, SPIF %3")
                     .arg(a.reward.display(locale), a.rebate.display(locale), a.spif.display(locale))
              << '\n';
    }
    for (const StatementTotal &t : st->totals) {
        c.out << Tr::tr("Total %1: %n line(s), sales %2, rewards %3", nullptr, int(t.lines))
                     .arg(t.currency, t.sales.display(locale), t.rewards.display(locale));
        if (st->rebateRate.bp > 0)
            c.out << ", " << Tr::tr("rebate %1 = %2").arg(percentDisplay(st->rebateRate.bp, locale), t.rebate.display(locale));
        if (t.spif.minor != 0)
            c.out << ", " << Tr::tr("SPIF %1").arg(t.spif.display(locale));
        if (!st->adjustments.isEmpty())
            c.out << ", " << Tr::tr("adjustments %1").arg(t.adjustments.display(locale));
        if (const auto earned = t.earned())
            c.out << ", " << Tr::tr("earned %1").arg(earned->display(locale));
        c.out << '\n';
    }
    return Ok;
}

int runFx(Context &c)
{
    const QString sub = c.args.value(0);
    if (!((sub == QLatin1StringView("list") && c.args.size() == 1) || (sub == QLatin1StringView("set") && c.args.size() == 5)))
        return c.usage(Tr::tr("Use: fx list | fx set DATE BASE QUOTE RATE (1 BASE = RATE QUOTE)."));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    if (sub == QLatin1StringView("list")) {
        const auto rates = store.fxRates();
        if (!rates)
            return c.fail(rates.error());
        for (const FxRate &r : *rates)
            c.out << r.date.toString(Qt::ISODate) << "  1 " << r.base << " = "
                  << QString::number(double(r.micros) / 1e6, 'f', 6) << ' ' << r.quote << '\n';
        return Ok;
    }
    const QDate date = parseIsoDate(c.args.at(1));
    const QString base = c.args.at(2).toUpper();
    const QString quote = c.args.at(3).toUpper();
    static const QRegularExpression rateRe(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,6}))?$"));
    const auto m = rateRe.match(c.args.at(4));
    if (!date.isValid())
        return c.fail(Error { Error::Code::InvalidInput, Tr::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(c.args.at(1)) });
    for (const QString &code : { base, quote }) {
        if (auto cur = Currency::find(code); !cur)
            return c.fail(cur.error());
    }
    if (base == quote)
        return c.fail(Error { Error::Code::InvalidInput, Tr::tr("A rate needs two different currencies.") });
    if (!m.hasMatch())
        return c.fail(Error { Error::Code::InvalidInput,
                              Tr::tr("\"%1\" is not a rate (a positive decimal with at most 6 decimals).").arg(c.args.at(4)) });
    const qint64 micros = m.captured(1).toLongLong() * 1000000 + m.captured(2).leftJustified(6, u'0').toLongLong();
    if (auto r = store.setFxRate(FxRate { date, base, quote, micros }); !r)
        return c.fail(r.error());
    return Ok;
}

} // namespace pd::cli

// programs list | show | export | import
#include "cli.h"

#include "program.h"
#include "requirementtext.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QFile>
#include <QJsonValue>
#include <QSaveFile>

namespace pd::cli {

namespace {

QString admissionText(Admission a)
{
    switch (a) {
    case Admission::Automatic:
        return Tr::tr("automatic");
    case Admission::Review:
        return Tr::tr("vendor review");
    case Admission::Invitation:
        return Tr::tr("invitation only");
    }
    return {};
}

QString rateText(const RateRule &r)
{
    const QString value = r.isRange() ? percentRangeDisplay(r.min.bp, r.max.bp, QLocale())
                                      : percentDisplay(r.min.bp, QLocale());
    switch (r.kind) {
    case RateKind::Reward:
        return Tr::tr("reward %1").arg(value);
    case RateKind::Discount:
        return Tr::tr("discount %1").arg(value);
    case RateKind::Commission: {
        const QString text = r.perUnit.minor > 0 ? Tr::tr("commission %1 per unit").arg(r.perUnit.display(QLocale()))
                                                 : Tr::tr("commission per unit, negotiated per partner");
        return r.note.isEmpty() ? text : text + QStringLiteral(" (") + r.note + u')';
    }
    case RateKind::None:
        break;
    }
    return r.note;
}

QString benefitText(const QJsonValue &v, const QString &unit)
{
    if (v.isBool())
        return v.toBool() ? Tr::tr("yes") : QStringLiteral("–");
    if (v.isDouble())
        return QLocale().toString(v.toDouble()) + (unit.isEmpty() ? QString() : u' ' + unit);
    if (v.isString())
        return v.toString();
    return QStringLiteral("–");
}

void show(Context &c, const StoredProgram &sp)
{
    const Program &p = sp.program;
    const TextContext text = TextContext::application(); // the language of --lang
    c.out << p.name << " (" << p.key << ")" << (sp.builtin ? Tr::tr(", built-in") : QString()) << '\n';
    if (!p.description.isEmpty())
        c.out << "  " << p.description << '\n';
    c.out << "  " << Tr::tr("Currency: %1").arg(p.currency) << '\n';
    QStringList lines;
    for (const ProductLine &l : p.productLines)
        lines << l.name + QStringLiteral(" (") + l.key + u')';
    c.out << "  " << Tr::tr("Product lines: %1").arg(lines.join(QStringLiteral(", "))) << '\n';
    for (const Tier &t : p.tiers) {
        c.out << '\n' << t.name << " (" << t.key << "), " << admissionText(t.admission) << '\n';
        if (t.requirements.isEmpty())
            c.out << "  " << Tr::tr("No requirements.") << '\n';
        for (const Requirement &r : t.requirements)
            c.out << "  - " << requirementText(r, text) << (r.note.isEmpty() ? QString() : QStringLiteral(" (") + r.note + u')') << '\n';
        for (const Requirement &r : t.targets)
            c.out << "  " << Tr::tr("target: %1").arg(requirementText(r, text)) << '\n';
        for (auto it = t.rates.begin(); it != t.rates.end(); ++it)
            c.out << "  " << it.key() << ": " << rateText(it.value()) << '\n';
    }
    if (!p.benefits.isEmpty()) {
        c.out << '\n' << Tr::tr("Benefits") << '\n';
        for (const BenefitRow &b : p.benefits) {
            QStringList cells;
            for (const Tier &t : p.tiers)
                cells << benefitText(b.byTier.value(t.key), b.unit);
            c.out << "  " << b.label << ": " << cells.join(QStringLiteral(" | ")) << '\n';
        }
    }
}

} // namespace

int runPrograms(Context &c)
{
    const QString sub = c.args.value(0);
    const int expected = sub == QLatin1StringView("list") ? 1 : sub == QLatin1StringView("show") ? 2
                       : sub == QLatin1StringView("export")                                      ? 3
                       : sub == QLatin1StringView("import")                                      ? 2
                                                                                                 : -1;
    if (expected < 0 || c.args.size() != expected)
        return c.usage(Tr::tr("Use: programs list | programs show KEY | programs export KEY FILE.json | "
                              "programs import FILE.json"));
    auto db = c.open();
    if (!db)
        return BadInput;
    Store store(*db);
    if (sub == QLatin1StringView("list")) {
        const auto programs = store.programs();
        if (!programs)
            return c.fail(programs.error());
        for (const StoredProgram &sp : *programs) {
            QStringList tiers;
            for (const Tier &t : sp.program.tiers)
                tiers << t.name;
            c.out << sp.program.key << '\t' << sp.program.name << '\t' << tiers.join(QStringLiteral(" < ")) << '\n';
        }
        return Ok;
    }
    if (sub == QLatin1StringView("import")) {
        const auto program = programFromFile(c.args.at(1));
        if (!program)
            return c.fail(program.error());
        if (auto r = store.saveProgram(*program); !r)
            return c.fail(r.error());
        c.out << Tr::tr("Program \"%1\" saved.").arg(program->key) << '\n';
        return Ok;
    }
    const auto sp = store.program(c.args.at(1));
    if (!sp)
        return c.fail(sp.error());
    if (sub == QLatin1StringView("show")) {
        show(c, *sp);
        return Ok;
    }
    QSaveFile f(c.args.at(2));
    if (!f.open(QIODevice::WriteOnly) || f.write(programToJson(sp->program)) < 0 || !f.commit())
        return c.fail(Error { Error::Code::InvalidInput, Tr::tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()) });
    return Ok;
}

} // namespace pd::cli

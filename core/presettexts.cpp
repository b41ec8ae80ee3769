#include "presettexts.h"

#include "presettexts_data.h"


namespace pd {

namespace {

void translate(QString &text, const TextContext &context)
{
    if (!text.isEmpty())
        text = context.translate("Preset", text.toUtf8().constData());
}

} // namespace

Program translatedPreset(const Program &program)
{
    return translatedPreset(program, TextContext::application());
}

Program translatedPreset(const Program &program, const TextContext &context)
{
    const auto localise = [&context](QString &text) { translate(text, context); };
    if (!builtinProgramKeys().contains(program.key))
        return program;
    Program p = program;
    localise(p.name);
    localise(p.description);
    for (ProductLine &line : p.productLines)
        localise(line.name);
    for (Tier &tier : p.tiers) {
        localise(tier.name);
        localise(tier.description);
        for (Requirement &r : tier.requirements)
            localise(r.note);
        for (Requirement &r : tier.targets)
            localise(r.note);
        for (RateRule &rate : tier.rates)
            localise(rate.note);
    }
    for (BenefitRow &benefit : p.benefits) {
        localise(benefit.label);
        localise(benefit.unit);
        for (QJsonValue &value : benefit.byTier) {
            if (value.isString()) {
                QString text = value.toString();
                localise(text);
                value = text;
            }
        }
    }
    for (Brand &brand : p.brands) {
        localise(brand.name);
        for (QString &region : brand.regions)
            localise(region);
    }
    for (CertificationLevel &level : p.certificationLevels)
        localise(level.name);
    return p;
}

QString presetText(const QString &text)
{
    return presetText(text, TextContext::application());
}

QString presetText(const QString &text, const TextContext &context)
{
    // A text that is no preset's has no translation in the "Preset" context: it comes back as is.
    QString shown = text;
    translate(shown, context);
    return shown;
}

QStringList presetSourceTexts()
{
    QStringList texts;
    for (const char *text : presets::kTexts)
        texts << QString::fromUtf8(text);
    return texts;
}

} // namespace pd

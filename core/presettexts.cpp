#include "presettexts.h"

#include "presettexts_data.h"

#include <QCoreApplication>

namespace pd {

namespace {

void translate(QString &text)
{
    if (!text.isEmpty())
        text = QCoreApplication::translate("Preset", text.toUtf8().constData());
}

} // namespace

Program translatedPreset(const Program &program)
{
    if (!builtinProgramKeys().contains(program.key))
        return program;
    Program p = program;
    translate(p.name);
    translate(p.description);
    for (ProductLine &line : p.productLines)
        translate(line.name);
    for (Tier &tier : p.tiers) {
        translate(tier.name);
        translate(tier.description);
        for (Requirement &r : tier.requirements)
            translate(r.note);
        for (Requirement &r : tier.targets)
            translate(r.note);
        for (RateRule &rate : tier.rates)
            translate(rate.note);
    }
    for (BenefitRow &benefit : p.benefits) {
        translate(benefit.label);
        translate(benefit.unit);
        for (QJsonValue &value : benefit.byTier) {
            if (value.isString()) {
                QString text = value.toString();
                translate(text);
                value = text;
            }
        }
    }
    for (Brand &brand : p.brands) {
        translate(brand.name);
        for (QString &region : brand.regions)
            translate(region);
    }
    for (CertificationLevel &level : p.certificationLevels)
        translate(level.name);
    return p;
}

QString presetText(const QString &text)
{
    // A text that is no preset's has no translation in the "Preset" context: it comes back as is.
    QString shown = text;
    translate(shown);
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

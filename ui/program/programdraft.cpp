#include "programdraft.h"

namespace pd::ui {

ProgramDraft::ProgramDraft(QObject *parent)
    : QObject(parent)
{
}

template<typename F>
void ProgramDraft::restructure(F &&change)
{
    emit aboutToChangeStructure();
    change();
    emit structureChanged();
    touch();
}

void ProgramDraft::setProgram(const Program &program)
{
    emit aboutToChangeStructure();
    m_program = program;
    emit structureChanged();
    emit changed();
    setModified(false);
}

void ProgramDraft::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ProgramDraft::touch()
{
    emit changed();
    setModified(true);
}

void ProgramDraft::addProductLine(const QString &key, const QString &name)
{
    restructure([&] { m_program.productLines.append(ProductLine { key, name }); });
}

void ProgramDraft::removeProductLine(int index)
{
    if (index < 0 || index >= m_program.productLines.size())
        return;
    restructure([&] {
        const QString key = m_program.productLines.takeAt(index).key;
        // Rates of the line go with it; requirements naming it are left for validation to flag.
        for (Tier &t : m_program.tiers)
            t.rates.remove(key);
    });
}

void ProgramDraft::addTier(int at, const Tier &tier)
{
    restructure([&] { m_program.tiers.insert(std::clamp<qsizetype>(at, 0, m_program.tiers.size()), tier); });
}

void ProgramDraft::removeTier(int index)
{
    if (index < 0 || index >= m_program.tiers.size())
        return;
    restructure([&] {
        const QString key = m_program.tiers.takeAt(index).key;
        for (BenefitRow &b : m_program.benefits)
            b.byTier.remove(key);
    });
}

void ProgramDraft::moveTier(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_program.tiers.size() || to >= m_program.tiers.size() || from == to)
        return;
    restructure([&] { m_program.tiers.move(from, to); });
}

void ProgramDraft::addBenefit(const BenefitRow &row)
{
    restructure([&] { m_program.benefits.append(row); });
}

void ProgramDraft::removeBenefit(int index)
{
    if (index < 0 || index >= m_program.benefits.size())
        return;
    restructure([&] { m_program.benefits.removeAt(index); });
}

void ProgramDraft::addRequirement(int tier, bool target, const Requirement &r)
{
    if (tier < 0 || tier >= m_program.tiers.size())
        return;
    restructure([&] { (target ? m_program.tiers[tier].targets : m_program.tiers[tier].requirements).append(r); });
}

void ProgramDraft::removeRequirement(int tier, bool target, int index)
{
    if (tier < 0 || tier >= m_program.tiers.size())
        return;
    QList<Requirement> &list = target ? m_program.tiers[tier].targets : m_program.tiers[tier].requirements;
    if (index < 0 || index >= list.size())
        return;
    restructure([&] { list.removeAt(index); });
}

QString ProgramDraft::freeKey(const QString &stem, const QStringList &used)
{
    if (!used.contains(stem))
        return stem;
    for (int i = 2;; ++i) {
        const QString key = stem + QLatin1Char('_') + QString::number(i);
        if (!used.contains(key))
            return key;
    }
}

QStringList ProgramDraft::tierKeys() const
{
    QStringList keys;
    for (const Tier &t : m_program.tiers)
        keys << t.key;
    return keys;
}

QStringList ProgramDraft::productLineKeys() const
{
    QStringList keys;
    for (const ProductLine &l : m_program.productLines)
        keys << l.key;
    return keys;
}

} // namespace pd::ui

#pragma once

#include "program.h"

#include <QObject>

namespace pd::ui {

// The program being edited, shared by the editor's models. Cell edits change it in place and
// call touch(); adding, removing or moving tiers, product lines and benefits go through the
// methods below, which reset every model (the grids' rows and columns depend on them).
class ProgramDraft final : public QObject {
    Q_OBJECT

public:
    explicit ProgramDraft(QObject *parent = nullptr);

    Program &program() { return m_program; }
    const Program &program() const { return m_program; }
    void setProgram(const Program &program); // a new draft: structure reset, not modified
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    void touch(); // a value changed

    void addProductLine(const QString &key, const QString &name);
    void removeProductLine(int index);
    void addTier(int at, const Tier &tier);
    void removeTier(int index);
    void moveTier(int from, int to);
    void addBenefit(const BenefitRow &row);
    void removeBenefit(int index);
    void addRequirement(int tier, bool target, const Requirement &r);
    void removeRequirement(int tier, bool target, int index);

    // A key not used yet by the list, from a stem ("tier", "tier_2", ...).
    static QString freeKey(const QString &stem, const QStringList &used);
    QStringList tierKeys() const;
    QStringList productLineKeys() const;

signals:
    void aboutToChangeStructure();
    void structureChanged();
    void changed(); // any change, after it happened
    void modifiedChanged(bool modified);

private:
    template<typename F>
    void restructure(F &&change);

    Program m_program;
    bool m_modified = false;
};

} // namespace pd::ui

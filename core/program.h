#pragma once

#include "jsonissue.h"
#include "metric.h"
#include "money.h"
#include "result.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd {

enum class Comparison { AtLeast, MoreThan };

// One condition a partner must meet to hold a tier, or one success target of a tier.
struct Requirement {
    Metric metric = Metric::Sales;
    Comparison comparison = Comparison::AtLeast;
    Money money;          // Sales
    qint64 count = 0;     // counts and months
    Rate percent;         // percentages
    int periodMonths = 12;
    QStringList productLines; // Sales, RenewalDeals: empty means every line
    EventKind event = EventKind::ContractSigned;
    Cadence cadence = Cadence::Ever;
    Condition condition = Condition::Always;
    QString note; // free text shown beside the requirement
    // Its sentence ("Sales: at least ...") is requirementText() of requirementtext.h.
};

// Commission (issue 16): a fixed amount per unit sold (per deployment, per activation) in the
// program's currency; perUnit zero means the amount is negotiated per partner (a rate override).
enum class RateKind { None, Reward, Discount, Commission };

// The rate a tier earns on a product line: an exact percentage, a range whose exact figure is
// set per partner (min < max), or none with a note (for example "negotiated").
struct RateRule {
    RateKind kind = RateKind::None;
    Rate min;
    Rate max;
    Money perUnit; // Commission
    QString note;
    bool isRange() const { return min != max; }
};

enum class Admission {
    Automatic,  // proposed by the tier engine when every requirement is met
    Review,     // decided by the vendor; the engine shows the metrics but never proposes it
    Invitation, // by invitation only; never proposed
};

QString admissionKey(Admission admission); // "automatic", "review", "invitation"
std::optional<Admission> admissionFromKey(const QString &key);

enum class Territory { None, Regional, Country };

struct Tier {
    QString key;
    QString name;
    QString description;
    Admission admission = Admission::Automatic;
    Territory territory = Territory::None;
    QList<Requirement> requirements;
    QList<Requirement> targets; // success targets: reported, not required
    QMap<QString, RateRule> rates; // by product-line key; "renewal" applies to renewal sales
};

struct ProductLine {
    QString key;
    QString name;
};

// A cell of the benefit matrix: yes/no, a number, a text, or not offered (null).
struct BenefitRow {
    QString key;
    QString label;
    QString unit;                       // for numbers: "users", "%", "licences"
    QMap<QString, QJsonValue> byTier;   // tier key -> bool, number, string or null
};

struct Brand {
    QString key;
    QString name;
    QStringList regions;
};

struct CertificationLevel {
    QString key;
    QString name;
    QString requires_;
    int monthsInPartnership = 0;
};

// A partner program as data: what is loaded from and saved to a program definition (JSON).
struct Program {
    static constexpr int kFormat = 1;

    QString key;
    QString name;
    QString description;
    QString currency; // the program's reporting currency
    QList<ProductLine> productLines;
    QList<Tier> tiers; // lowest first
    QList<BenefitRow> benefits;
    QList<Brand> brands;
    QList<CertificationLevel> certificationLevels;
    bool usesCredits = false; // activation credits (1 credit = 1 unit of the program currency)

    int tierIndex(const QString &tierKey) const; // -1 when unknown
    const Tier *tier(const QString &tierKey) const;
    bool hasProductLine(const QString &lineKey) const;
    QJsonValue benefit(const QString &benefitKey, const QString &tierKey) const;
};

// A problem in a program definition, named by its JSON path ("$.tiers[1].rates.ti.reward").
using ProgramIssue = JsonIssue;

struct ProgramLoad {
    Program program;
    QList<ProgramIssue> issues; // empty when the definition is valid
};

// The most bytes a definition may hold; the built-in ones hold a few KiB.
inline constexpr qsizetype kMaxProgramBytes = 1 << 20;

// Parses and validates a definition. Every problem is reported, not only the first.
Result<Program> programFromJson(const QByteArray &json, const QString &source = {});
// Reads a definition file (at most kMaxProgramBytes and one byte more, so that a larger file
// or an endless device is refused without being held) and parses it.
Result<Program> programFromFile(const QString &path);
QList<ProgramIssue> validateProgramJson(const QByteArray &json, Program *out = nullptr);
QByteArray programToJson(const Program &program);

// The four built-in presets (PROGRAMS.md), in a fixed order.
QList<Program> builtinPrograms();
QStringList builtinProgramKeys();

} // namespace pd

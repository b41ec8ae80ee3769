#include "conflictdialog.h"

#include "formatting.h"
#include "storage/store.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr ProfileField kAllFields[] = { ProfileField::Code,      ProfileField::Name,     ProfileField::Country,
                                        ProfileField::Region,    ProfileField::Category, ProfileField::Subcategory,
                                        ProfileField::JoinedOn,  ProfileField::Territory, ProfileField::Brand,
                                        ProfileField::Website,   ProfileField::Owner };
constexpr int kTheirsId = 0;
constexpr int kMineId = 1;
} // namespace

QList<ProfileField> ConflictDialog::differingFields(const Partner &a, const Partner &b)
{
    QList<ProfileField> out;
    for (ProfileField f : kAllFields) {
        if (ProfileValidator::value(a, f) != ProfileValidator::value(b, f))
            out << f;
    }
    return out;
}

QString ConflictDialog::displayValue(const Partner &p, ProfileField field)
{
    QString text;
    switch (field) {
    case ProfileField::Category:
        text = categoryLabel(p.category);
        break;
    case ProfileField::Subcategory:
        text = p.subcategory.isEmpty() ? QString() : subcategoryLabel(p.subcategory);
        break;
    case ProfileField::JoinedOn:
        text = formatDate(p.joinedOn);
        break;
    default:
        text = ProfileValidator::value(p, field).toString();
        break;
    }
    return text.isEmpty() ? tr("(empty)") : text;
}

ConflictDialog::ConflictDialog(const Partner &base, const Partner &mine, const Partner &theirs, QWidget *parent)
    : QDialog(parent)
    , m_base(base)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_fields(differingFields(mine, theirs))
{
    setWindowTitle(tr("Save Partner: Conflicting Changes"));
    auto *intro = new QLabel(tr("<p><b>%1</b> was changed by someone else after you started editing it.</p>"
                                "<p>Choose, for each field, the value to keep. Nothing is saved until you "
                                "choose Save; fields not listed hold the same value in both.</p>")
                                 .arg(theirs.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    auto *fieldHeader = new QLabel(tr("<b>Field</b>"), this);
    auto *theirsHeader = new QLabel(tr("<b>Saved by someone else</b>"), this);
    auto *mineHeader = new QLabel(tr("<b>Your edit</b>"), this);
    grid->addWidget(fieldHeader, 0, 0);
    grid->addWidget(theirsHeader, 0, 1);
    grid->addWidget(mineHeader, 0, 2);
    int row = 1;
    for (ProfileField f : m_fields) {
        QString label = ProfileValidator::fieldLabel(f);
        if (changedByBoth(f))
            label = tr("%1 (changed by both)").arg(label);
        grid->addWidget(new QLabel(label, this), row, 0);
        auto *theirsButton = new QRadioButton(displayValue(theirs, f), this);
        auto *mineButton = new QRadioButton(displayValue(mine, f), this);
        theirsButton->setObjectName(QStringLiteral("theirs-%1").arg(int(f)));
        mineButton->setObjectName(QStringLiteral("mine-%1").arg(int(f)));
        auto *group = new QButtonGroup(this);
        group->addButton(theirsButton, kTheirsId);
        group->addButton(mineButton, kMineId);
        m_groups.insert(f, group);
        // Default: the side that changed the field; where both did, the user's own edit.
        const bool theyChanged = ProfileValidator::value(base, f) != ProfileValidator::value(theirs, f);
        const bool iChanged = ProfileValidator::value(base, f) != ProfileValidator::value(mine, f);
        (theyChanged && !iChanged ? theirsButton : mineButton)->setChecked(true);
        grid->addWidget(theirsButton, row, 1);
        grid->addWidget(mineButton, row, 2);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto *fieldsWidget = new QWidget(this);
    fieldsWidget->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fieldsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save Chosen Values"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveChosen"));
    save->setDefault(true);
    QPushButton *allMine = buttons->addButton(tr("All &Mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("allMine"));
    QPushButton *allTheirs = buttons->addButton(tr("All &Theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("allTheirs"));
    buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(Choice::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(Choice::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

bool ConflictDialog::changedByBoth(ProfileField field) const
{
    const QVariant base = ProfileValidator::value(m_base, field);
    return base != ProfileValidator::value(m_mine, field) && base != ProfileValidator::value(m_theirs, field);
}

ConflictDialog::Choice ConflictDialog::choice(ProfileField field) const
{
    const QButtonGroup *group = m_groups.value(field);
    return group && group->checkedId() == kMineId ? Choice::Mine : Choice::Theirs;
}

void ConflictDialog::choose(ProfileField field, Choice choice)
{
    if (QButtonGroup *group = m_groups.value(field))
        group->button(choice == Choice::Mine ? kMineId : kTheirsId)->setChecked(true);
}

void ConflictDialog::chooseAll(Choice choice)
{
    for (ProfileField f : std::as_const(m_fields))
        choose(f, choice);
}

Partner ConflictDialog::merged() const
{
    Partner out = m_theirs;
    for (ProfileField f : m_fields) {
        if (choice(f) == Choice::Mine)
            ProfileValidator::setValue(out, f, ProfileValidator::value(m_mine, f));
    }
    return out;
}

Result<ConflictOutcome> resolvePartnerConflict(Store &store, const Partner &base, const Partner &mine,
                                               QWidget *parent)
{
    Partner from = base;
    for (;;) {
        auto theirs = store.partner(mine.id);
        if (!theirs)
            return std::unexpected(theirs.error());
        Partner chosen = *theirs;
        if (!ConflictDialog::differingFields(mine, *theirs).isEmpty()) {
            ConflictDialog dialog(from, mine, *theirs, parent);
            if (dialog.exec() != QDialog::Accepted)
                return ConflictOutcome {};
            chosen = dialog.merged();
        }
        // Equal to what is stored (the other save made the same change): nothing to write.
        if (ConflictDialog::differingFields(chosen, *theirs).isEmpty())
            return ConflictOutcome { true, *theirs };
        auto version = store.updatePartner(chosen);
        if (version) {
            chosen.rowVersion = *version;
            return ConflictOutcome { true, chosen };
        }
        if (version.error().code != Error::Code::Conflict)
            return std::unexpected(version.error());
        // Someone saved again while the dialog was open: compare with that.
        from = *theirs;
    }
}

} // namespace pd::ui

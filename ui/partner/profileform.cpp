#include "profileform.h"

#include "countries.h"
#include "fieldcheck.h"
#include "formatting.h"
#include "profilecommands.h"
#include "recordtablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pd::ui {

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_today(QDate::currentDate())
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_subcategory(new QComboBox(this))
    , m_joinedOn(new QDateEdit(this))
    , m_territory(new QLineEdit(this))
    , m_brand(new QComboBox(this))
    , m_website(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_programLabel(new QLabel(this))
    , m_tier(new QLabel(this))
    , m_countryName(new QLabel(this))
    , m_contacts(new RecordTableModel({ tr("Name"), tr("Role"), tr("E-mail"), tr("Phone") }, this))
    , m_contactsView(new QTableView(this))
{
    m_code->setMaxLength(kMaxPartnerCode);
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(m_country->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_owner->setPlaceholderText(tr("The channel manager responsible for the partner"));
    for (auto c : { PartnerCategory::Technology, PartnerCategory::Education, PartnerCategory::Business,
                    PartnerCategory::Channel })
        m_category->addItem(categoryLabel(c), int(c));
    setUpDateEdit(m_joinedOn);
    m_programLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tier->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, ProfileField::Code, m_code);
    addRow(form, ProfileField::Name, m_name);
    auto *countryRow = new QWidget(this);
    auto *countryLayout = new QHBoxLayout(countryRow);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    countryLayout->addWidget(m_country);
    countryLayout->addWidget(m_countryName, 1);
    addRow(form, ProfileField::Country, m_country, countryRow);
    addRow(form, ProfileField::Region, m_region);
    addRow(form, ProfileField::Category, m_category);
    addRow(form, ProfileField::Subcategory, m_subcategory);
    form->addRow(tr("Program:"), m_programLabel);
    form->addRow(tr("Tier:"), m_tier);
    addRow(form, ProfileField::JoinedOn, m_joinedOn);
    addRow(form, ProfileField::Territory, m_territory);
    addRow(form, ProfileField::Brand, m_brand);
    addRow(form, ProfileField::Website, m_website);
    addRow(form, ProfileField::Owner, m_owner);

    auto *profileBox = new QGroupBox(tr("Profile"), this);
    profileBox->setLayout(form);

    auto *contactsProxy = new QSortFilterProxyModel(this);
    contactsProxy->setSourceModel(m_contacts);
    contactsProxy->setSortRole(RecordTableModel::SortRole);
    contactsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_contactsView->setModel(contactsProxy);
    m_contactsView->setSortingEnabled(true);
    m_contactsView->verticalHeader()->hide();
    m_contactsView->horizontalHeader()->setStretchLastSection(true);
    m_contactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsView->setAlternatingRowColors(true);
    m_contactsView->setWordWrap(false);
    auto *contactsBox = new QGroupBox(tr("Contacts"), this);
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->addWidget(m_contactsView);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(profileBox);
    layout->addWidget(contactsBox, 1);

    auto text = [this](QLineEdit *edit, ProfileField field, bool upper = false) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit, field, upper](const QString &value) {
            if (upper && value != value.toUpper()) {
                const int cursor = edit->cursorPosition();
                edit->setText(value.toUpper());
                edit->setCursorPosition(cursor);
            }
            edited(field, upper ? value.toUpper() : value, true);
        });
    };
    text(m_code, ProfileField::Code);
    text(m_name, ProfileField::Name);
    text(m_country, ProfileField::Country, true);
    text(m_region, ProfileField::Region);
    text(m_territory, ProfileField::Territory);
    text(m_website, ProfileField::Website);
    text(m_owner, ProfileField::Owner);
    connect(m_category, &QComboBox::activated, this, [this](int index) {
        const QVariant value = m_category->itemData(index);
        if (value == ProfileValidator::value(m_draft, ProfileField::Category))
            return;
        // A new category invalidates the subcategory: change both in one undoable step.
        m_undo->beginMacro(tr("Change category"));
        edited(ProfileField::Category, value, false);
        if (!m_draft.subcategory.isEmpty() && !subcategoryKeys(m_draft.category).contains(m_draft.subcategory))
            edited(ProfileField::Subcategory, QString(), false);
        m_undo->endMacro();
    });
    connect(m_subcategory, &QComboBox::activated, this,
            [this](int index) { edited(ProfileField::Subcategory, m_subcategory->itemData(index), false); });
    connect(m_brand, &QComboBox::activated, this,
            [this](int index) { edited(ProfileField::Brand, m_brand->itemData(index), false); });
    connect(m_joinedOn, &QDateEdit::dateChanged, this,
            [this](const QDate &date) { edited(ProfileField::JoinedOn, date, true); });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    setEnabled(false);
}

ProfileForm::~ProfileForm()
{
    // A QWidget deletes its children before its connections go: the undo stack would report
    // "clean changed" into this half-destroyed form and the page around it.
    disconnect(m_undo, nullptr, nullptr, nullptr);
}

void ProfileForm::addRow(QFormLayout *form, ProfileField field, QWidget *editor, QWidget *row)
{
    auto *cell = new QWidget(this);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(row ? row : editor);
    QLabel *error = makeErrorLabel(cell);
    error->hide();
    v->addWidget(error);
    auto *label = new QLabel(ProfileValidator::fieldLabel(field) + QLatin1Char(':'), this);
    label->setBuddy(editor);
    form->addRow(label, cell);
    m_editors.insert(field, editor);
    m_errors.insert(field, error);
    editor->installEventFilter(this);
}

bool ProfileForm::eventFilter(QObject *watched, QEvent *event)
{
    // Line edits and date edits keep their own undo history and claim Ctrl+Z for it. Refuse the
    // override so the shortcut reaches the window's Undo, which undoes whole field edits.
    // The key press itself is dropped too, so a line edit never undoes on its own.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || (key->key() == Qt::Key_Z && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProfileForm::setPartner(const Partner &partner, const Program *program, const QList<Contact> &contacts)
{
    m_undo->clear();
    m_draft = partner;
    m_saved = partner;
    m_program = program;
    fillSubcategories();
    fillBrands();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        showValue(it.key());
    updateReadOnlyLabels();
    QList<QList<RecordCell>> rows;
    for (const Contact &c : contacts)
        rows.append({ RecordCell { c.name }, RecordCell { c.role }, RecordCell { c.email }, RecordCell { c.phone } });
    m_contacts->setRows(rows);
    m_contactsView->resizeColumnsToContents();
    setEnabled(true);
    revalidate();
}

void ProfileForm::clear()
{
    m_undo->clear();
    m_draft = Partner {};
    m_saved = Partner {};
    m_program = nullptr;
    m_contacts->setRows({});
    setEnabled(false);
}

bool ProfileForm::isModified() const
{
    return !m_undo->isClean();
}

QString ProfileForm::issueText(ProfileField field) const
{
    for (const FieldIssue &i : m_issues) {
        if (i.field == field)
            return i.message;
    }
    return {};
}

QWidget *ProfileForm::fieldWidget(ProfileField field) const
{
    return m_editors.value(field);
}

void ProfileForm::markSaved(qint64 rowVersion)
{
    m_draft.rowVersion = rowVersion;
    m_saved = m_draft;
    m_undo->setClean();
}

void ProfileForm::rebase(const Partner &fresh)
{
    m_draft.tierKey = fresh.tierKey;
    m_draft.tierSince = fresh.tierSince;
    m_draft.rowVersion = fresh.rowVersion;
    m_saved.tierKey = fresh.tierKey;
    m_saved.tierSince = fresh.tierSince;
    m_saved.rowVersion = fresh.rowVersion;
    updateReadOnlyLabels();
    revalidate();
}

void ProfileForm::edited(ProfileField field, const QVariant &value, bool typing)
{
    const QVariant before = ProfileValidator::value(m_draft, field);
    if (before == value)
        return;
    m_undo->push(new SetProfileFieldCommand(this, field, before, value, typing));
}

void ProfileForm::applyFieldValue(ProfileField field, const QVariant &value)
{
    ProfileValidator::setValue(m_draft, field, value);
    if (field == ProfileField::Category)
        fillSubcategories();
    showValue(field);
    if (field == ProfileField::Country)
        updateReadOnlyLabels();
    revalidate();
}

void ProfileForm::showValue(ProfileField field)
{
    const QVariant v = ProfileValidator::value(m_draft, field);
    auto setText = [](QLineEdit *e, const QString &t) {
        if (e->text() != t)
            e->setText(t); // setText moves the cursor: only when an undo changed the text
    };
    auto select = [](QComboBox *c, const QVariant &value) {
        const QSignalBlocker block(c);
        c->setCurrentIndex(c->findData(value));
    };
    switch (field) {
    case ProfileField::Code:
        setText(m_code, v.toString());
        break;
    case ProfileField::Name:
        setText(m_name, v.toString());
        break;
    case ProfileField::Country:
        setText(m_country, v.toString());
        break;
    case ProfileField::Region:
        setText(m_region, v.toString());
        break;
    case ProfileField::Category:
        select(m_category, v);
        break;
    case ProfileField::Subcategory:
        select(m_subcategory, v);
        break;
    case ProfileField::JoinedOn:
        if (m_joinedOn->date() != v.toDate()) {
            const QSignalBlocker block(m_joinedOn);
            m_joinedOn->setDate(v.toDate());
        }
        break;
    case ProfileField::Territory:
        setText(m_territory, v.toString());
        break;
    case ProfileField::Brand:
        select(m_brand, v);
        break;
    case ProfileField::Website:
        setText(m_website, v.toString());
        break;
    case ProfileField::Owner:
        setText(m_owner, v.toString());
        break;
    }
}

void ProfileForm::fillSubcategories()
{
    const QSignalBlocker block(m_subcategory);
    m_subcategory->clear();
    m_subcategory->addItem(tr("(none)"), QString());
    for (const QString &key : subcategoryKeys(m_draft.category))
        m_subcategory->addItem(subcategoryLabel(key), key);
    // A stored value outside the category stays visible, and the validator flags it.
    if (!m_draft.subcategory.isEmpty() && m_subcategory->findData(m_draft.subcategory) < 0)
        m_subcategory->addItem(subcategoryLabel(m_draft.subcategory), m_draft.subcategory);
    m_subcategory->setCurrentIndex(m_subcategory->findData(m_draft.subcategory));
}

void ProfileForm::fillBrands()
{
    const QSignalBlocker block(m_brand);
    m_brand->clear();
    m_brand->addItem(tr("(none)"), QString());
    if (m_program) {
        for (const Brand &b : m_program->brands)
            m_brand->addItem(b.name, b.key);
    }
    if (!m_draft.brand.isEmpty() && m_brand->findData(m_draft.brand) < 0)
        m_brand->addItem(m_draft.brand, m_draft.brand);
    m_brand->setCurrentIndex(m_brand->findData(m_draft.brand));
}

void ProfileForm::updateReadOnlyLabels()
{
    m_programLabel->setText(m_program ? m_program->name : m_draft.programKey);
    const Tier *tier = m_program ? m_program->tier(m_draft.tierKey) : nullptr;
    m_tier->setText(tr("%1, since %2").arg(tier ? tier->name : m_draft.tierKey, formatDate(m_draft.tierSince)));
    const bool known = isCountryCode(m_draft.country);
    m_countryName->setText(known ? countryDisplayName(m_draft.country) : QString());
}

void ProfileForm::revalidate()
{
    m_issues = ProfileValidator::validate(m_draft, m_program, m_today);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString message = issueText(it.key());
        QLabel *error = m_errors.value(it.key());
        error->setText(message);
        error->setVisible(!message.isEmpty());
        markField(it.value(), message);
    }
    if (isValid() != m_lastValid) {
        m_lastValid = isValid();
        emit validityChanged(m_lastValid);
    }
}

} // namespace pd::ui

#include "programeditor.h"

#include "actionbutton.h"
#include "benefitmatrixmodel.h"
#include "choicedelegate.h"
#include "editing.h"
#include "productlinesmodel.h"
#include "programdraft.h"
#include "ratesmodel.h"
#include "requirementsmodel.h"
#include "session.h"
#include "tiersmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QPushButton *button(const QString &text, QWidget *parent, const QString &toolTip = {})
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(toolTip);
    return b;
}

constexpr QAbstractItemView::EditTriggers kEditTriggers
    = QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed;

} // namespace

ProgramEditor::ProgramEditor(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_draft(new ProgramDraft(this))
    , m_programs(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_issueCount(new QLabel(this))
    , m_issueList(new QListWidget(this))
    , m_readOnlyNote(new QLabel(this))
{
    m_linesModel = new ProductLinesModel(m_draft, this);
    m_tiersModel = new TiersModel(m_draft, this);
    m_requirementsModel = new RequirementsModel(m_draft, this);
    m_targetsModel = new RequirementsModel(m_draft, this);
    m_ratesModel = new RatesModel(m_draft, this);
    m_benefitsModel = new BenefitMatrixModel(m_draft, this);

    m_new = new QAction(tr("&New Program"), this);
    m_new->setToolTip(tr("Start a new program definition"));
    connect(m_new, &QAction::triggered, this, [this] {
        if (maybeSave())
            newProgram();
    });
    m_import = new QAction(tr("&Import Program JSON…"), this);
    m_import->setToolTip(tr("Load a program definition from a JSON file"));
    connect(m_import, &QAction::triggered, this, &ProgramEditor::importWithDialog);
    m_export = new QAction(tr("&Export Program JSON…"), this);
    m_export->setToolTip(tr("Write the program definition to a JSON file"));
    connect(m_export, &QAction::triggered, this, &ProgramEditor::exportWithDialog);
    m_save = new QAction(tr("&Save Program"), this);
    m_save->setToolTip(tr("Save the program definition in the database"));
    connect(m_save, &QAction::triggered, this, &ProgramEditor::saveWithMessages);
    m_revert = new QAction(tr("&Revert Program"), this);
    m_revert->setToolTip(tr("Drop unsaved changes of the program"));
    connect(m_revert, &QAction::triggered, this, [this] { loadStored(programKey()); });

    auto *programLabel = new QLabel(tr("P&rogram:"), this);
    programLabel->setBuddy(m_programs);
    m_programs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(programLabel);
    top->addWidget(m_programs);
    top->addStretch(1);
    for (QAction *a : { m_new, m_import, m_export, m_revert, m_save })
        top->addWidget(actionToolButton(a, this));

    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createTiersTab(), tr("&Tiers and Requirements"));
    m_tabs->addTab(createRatesTab(), tr("R&ates"));
    m_tabs->addTab(createBenefitsTab(), tr("&Benefits"));

    m_issueList->setMaximumHeight(m_issueList->fontMetrics().height() * 6 + 8);
    m_issueList->setAccessibleName(tr("Problems in the program definition"));
    connect(m_issueList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showIssue(m_issueList->row(item)); });

    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_issueCount);
    layout->addWidget(m_issueList);

    connect(m_programs, &QComboBox::activated, this, [this](int index) {
        const QString key = m_programs->itemData(index).toString();
        if (key == m_draft->program().key && m_stored)
            return;
        if (!maybeSave()) {
            fillProgramCombo();
            return;
        }
        loadStored(key);
    });
    connect(m_draft, &ProgramDraft::changed, this, &ProgramEditor::revalidate);
    connect(m_draft, &ProgramDraft::modifiedChanged, this, &ProgramEditor::updateActions);
    connect(m_draft, &ProgramDraft::structureChanged, this, [this] {
        showGeneral();
        const int rows = m_tiersModel->rowCount();
        if (rows > 0)
            m_tiersView->selectRow(std::clamp(m_selectedTier, 0, rows - 1));
        else {
            m_requirementsModel->setTier(-1, false);
            m_targetsModel->setTier(-1, true);
        }
    });
    for (auto *model : { m_requirementsModel, m_targetsModel })
        connect(model, &RequirementsModel::editRejected, this, &ProgramEditor::statusMessage);
    connect(m_ratesModel, &RatesModel::editRejected, this, &ProgramEditor::statusMessage);
    connect(m_session, &Session::opened, this, [this] {
        fillProgramCombo();
        if (!m_session->programs().isEmpty())
            loadStored(m_session->programs().first().program.key);
    });
    connect(m_session, &Session::programsChanged, this, &ProgramEditor::fillProgramCombo);
    connect(m_session, &Session::readOnlyChanged, this, [this] {
        updateEditors();
        updateActions();
    });
    connect(m_session, &Session::aboutToClose, this, [this] {
        m_draft->setProgram(Program {});
        m_stored = false;
    });
    updateEditors();
    updateActions();
}

QTableView *ProgramEditor::createTable(QAbstractItemModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setItemDelegate(new ChoiceDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(kEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

QWidget *ProgramEditor::createGeneralTab()
{
    auto *page = new QWidget(this);
    m_key = new QLineEdit(page);
    m_key->setToolTip(tr("Lower-case letters, digits, '_' and '-'; fixed once the program is saved"));
    m_name = new QLineEdit(page);
    m_currency = new QComboBox(page);
    m_currency->addItems(Currency::codes());
    m_description = new QPlainTextEdit(page);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);
    m_credits = new QCheckBox(tr("Partners buy activation credits (1 credit = 1 unit of the program currency)"), page);
    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_credits);

    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_draft->program().key = t.trimmed();
        m_draft->touch();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_draft->program().name = t;
        m_draft->touch();
    });
    connect(m_currency, &QComboBox::activated, this, [this] {
        m_draft->program().currency = m_currency->currentText();
        m_draft->touch();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_description->toPlainText() == m_draft->program().description)
            return;
        m_draft->program().description = m_description->toPlainText();
        m_draft->touch();
    });
    connect(m_credits, &QCheckBox::toggled, this, [this](bool on) {
        if (on == m_draft->program().usesCredits)
            return;
        m_draft->program().usesCredits = on;
        m_draft->touch();
    });

    m_linesView = createTable(m_linesModel);
    auto *add = button(tr("Add Product Line"), page);
    auto *remove = button(tr("Remove Product Line"), page, tr("Also removes the line's rates"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString key = ProgramDraft::freeKey(QStringLiteral("line"), m_draft->productLineKeys());
        m_draft->addProductLine(key, tr("New product line"));
        m_linesView->setCurrentIndex(m_linesModel->index(m_linesModel->rowCount() - 1, ProductLinesModel::Name));
        m_linesView->edit(m_linesView->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { removeSelected(m_linesView, [this](int row) { m_draft->removeProductLine(row); }); });
    auto *lines = new QGroupBox(tr("Product lines"), page);
    auto *linesLayout = new QVBoxLayout(lines);
    linesLayout->addWidget(m_linesView);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    linesLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(lines, 1);
    return page;
}

QWidget *ProgramEditor::createTiersTab()
{
    m_tiersSplit = new QSplitter(Qt::Vertical, this);
    auto *tiersBox = new QGroupBox(tr("Tiers, lowest first"), m_tiersSplit);
    m_tiersView = createTable(m_tiersModel);
    auto *add = button(tr("Add Tier"), tiersBox);
    auto *remove = button(tr("Remove Tier"), tiersBox);
    auto *up = button(tr("Move Up"), tiersBox);
    auto *down = button(tr("Move Down"), tiersBox);
    connect(add, &QPushButton::clicked, this, &ProgramEditor::addTier);
    connect(remove, &QPushButton::clicked, this,
            [this] { removeSelected(m_tiersView, [this](int row) { m_draft->removeTier(row); }); });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = currentTier();
        if (row > 0) {
            m_selectedTier = row - 1;
            m_draft->moveTier(row, row - 1);
        }
    });
    connect(down, &QPushButton::clicked, this, [this] {
        const int row = currentTier();
        if (row >= 0 && row + 1 < m_tiersModel->rowCount()) {
            m_selectedTier = row + 1;
            m_draft->moveTier(row, row + 1);
        }
    });
    auto *tierButtons = new QHBoxLayout;
    for (QPushButton *b : { add, remove, up, down })
        tierButtons->addWidget(b);
    tierButtons->addStretch(1);
    auto *tiersLayout = new QVBoxLayout(tiersBox);
    tiersLayout->addWidget(m_tiersView);
    tiersLayout->addLayout(tierButtons);

    auto requirementBox = [this](const QString &title, RequirementsModel *model, QTableView *&view, bool target) {
        auto *box = new QGroupBox(title, m_tiersSplit);
        view = createTable(model);
        QTableView *v = view;
        auto *addButton = button(target ? tr("Add Target") : tr("Add Requirement"), box);
        auto *removeButton = button(target ? tr("Remove Target") : tr("Remove Requirement"), box);
        connect(addButton, &QPushButton::clicked, this, [this, target] { addRequirement(target); });
        connect(removeButton, &QPushButton::clicked, this, [this, v, target] {
            removeSelected(v, [this, target](int row) { m_draft->removeRequirement(currentTier(), target, row); });
        });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(addButton);
        buttons->addWidget(removeButton);
        buttons->addStretch(1);
        auto *l = new QVBoxLayout(box);
        l->addWidget(view);
        l->addLayout(buttons);
        return box;
    };
    m_tiersSplit->addWidget(tiersBox);
    m_tiersSplit->addWidget(requirementBox(tr("Requirements of the selected tier"), m_requirementsModel,
                                           m_requirementsView, false));
    m_tiersSplit->addWidget(requirementBox(tr("Success targets of the selected tier (reported, not required)"),
                                           m_targetsModel, m_targetsView, true));
    m_tiersSplit->setStretchFactor(0, 2);
    m_tiersSplit->setStretchFactor(1, 3);
    m_tiersSplit->setStretchFactor(2, 2);

    connect(m_tiersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int row = current.isValid() ? current.row() : -1;
                if (row >= 0)
                    m_selectedTier = row;
                m_requirementsModel->setTier(row, false);
                m_targetsModel->setTier(row, true);
            });
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_tiersView->setColumnWidth(TiersModel::Key, 10 * em);
    m_tiersView->setColumnWidth(TiersModel::Name, 12 * em);
    m_tiersView->setColumnWidth(TiersModel::Admission, 10 * em);
    m_tiersView->setColumnWidth(TiersModel::Territory, 12 * em);
    for (QTableView *v : { m_requirementsView, m_targetsView }) {
        v->setColumnWidth(RequirementsModel::Metric, 16 * em);
        v->setColumnWidth(RequirementsModel::Comparison, 8 * em);
        v->setColumnWidth(RequirementsModel::Threshold, 12 * em);
        v->setColumnWidth(RequirementsModel::Period, 7 * em);
        v->setColumnWidth(RequirementsModel::ProductLines, 8 * em);
        v->setColumnWidth(RequirementsModel::Event, 16 * em);
        v->setColumnWidth(RequirementsModel::Cadence, 10 * em);
        v->setColumnWidth(RequirementsModel::Condition, 12 * em);
    }
    return m_tiersSplit;
}

QWidget *ProgramEditor::createRatesTab()
{
    auto *page = new QWidget(this);
    auto *hint = new QLabel(tr("Rates earned on sales by product line and tier: a percentage (25), a range set "
                               "per partner (10-15), either with a note in parentheses, or only a note. In a "
                               "commission line: an amount per unit in the program's currency (250.00), or a note "
                               "alone when the amount is negotiated per partner."),
                            page);
    hint->setWordWrap(true);
    auto *view = createTable(m_ratesModel);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(RatesModel::KindColumn, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(view, 1);
    return page;
}

QWidget *ProgramEditor::createBenefitsTab()
{
    auto *page = new QWidget(this);
    m_benefitsView = createTable(m_benefitsModel);
    m_benefitsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_benefitsView->horizontalHeader()->setStretchLastSection(false);
    m_benefitsView->horizontalHeader()->setDefaultSectionSize(10 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    // The grid's columns come and go with the tiers: size them again after every reset.
    connect(m_benefitsModel, &QAbstractItemModel::modelReset, this, &ProgramEditor::sizeBenefitColumns);
    sizeBenefitColumns();
    auto *add = button(tr("Add Benefit"), page);
    auto *remove = button(tr("Remove Benefit"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        QStringList used;
        for (const BenefitRow &b : m_draft->program().benefits)
            used << b.key;
        m_draft->addBenefit(BenefitRow { ProgramDraft::freeKey(QStringLiteral("benefit"), used), tr("New benefit"), {}, {} });
        m_benefitsView->setCurrentIndex(m_benefitsModel->index(m_benefitsModel->rowCount() - 1, BenefitMatrixModel::Label));
        m_benefitsView->edit(m_benefitsView->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { removeSelected(m_benefitsView, [this](int row) { m_draft->removeBenefit(row); }); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_benefitsView, 1);
    layout->addLayout(buttons);
    return page;
}

void ProgramEditor::sizeBenefitColumns()
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QHeaderView *header = m_benefitsView->horizontalHeader();
    if (header->count() <= BenefitMatrixModel::Label)
        return;
    m_benefitsView->setColumnWidth(BenefitMatrixModel::Key, 10 * em);
    header->setSectionResizeMode(BenefitMatrixModel::Label, QHeaderView::Stretch);
    m_benefitsView->setColumnWidth(BenefitMatrixModel::Unit, 6 * em);
}

int ProgramEditor::currentTier() const
{
    const QModelIndex current = m_tiersView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ProgramEditor::addTier()
{
    Tier t;
    t.key = ProgramDraft::freeKey(QStringLiteral("tier"), m_draft->tierKeys());
    t.name = tr("New tier");
    m_selectedTier = int(m_draft->program().tiers.size());
    m_draft->addTier(m_selectedTier, t);
    m_tiersView->setCurrentIndex(m_tiersModel->index(m_selectedTier, TiersModel::Name));
    m_tiersView->edit(m_tiersView->currentIndex());
}

void ProgramEditor::addRequirement(bool target)
{
    const int tier = currentTier();
    if (tier < 0) {
        emit statusMessage(tr("Select a tier first."));
        return;
    }
    Requirement r;
    r.metric = Metric::Sales;
    r.money = Money { 0, m_draft->program().currency };
    m_draft->addRequirement(tier, target, r);
    QTableView *view = target ? m_targetsView : m_requirementsView;
    QAbstractItemModel *model = view->model();
    view->setCurrentIndex(model->index(model->rowCount() - 1, RequirementsModel::Metric));
    view->setFocus();
}

void ProgramEditor::removeSelected(QTableView *view, const std::function<void(int)> &remove)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid()) {
        emit statusMessage(tr("Select a row first."));
        return;
    }
    remove(current.row());
}

void ProgramEditor::showGeneral()
{
    const Program &p = m_draft->program();
    m_key->setText(p.key);
    m_key->setReadOnly(m_stored || m_session->isReadOnly());
    m_name->setText(p.name);
    {
        const QSignalBlocker block(m_currency);
        m_currency->setCurrentIndex(m_currency->findText(p.currency));
    }
    if (m_description->toPlainText() != p.description) {
        const QSignalBlocker block(m_description);
        m_description->setPlainText(p.description);
    }
    const QSignalBlocker block(m_credits);
    m_credits->setChecked(p.usesCredits);
}

void ProgramEditor::revalidate()
{
    // The same check as a JSON import, on exactly what would be saved or exported.
    m_issues = validateProgramJson(programToJson(m_draft->program()));
    m_issueList->clear();
    for (const ProgramIssue &i : std::as_const(m_issues))
        m_issueList->addItem(i.path + QStringLiteral(": ") + i.message);
    m_issueCount->setText(m_issues.isEmpty()
                              ? tr("The definition is valid.")
                              : tr("%n problem(s) must be corrected before saving (double-click one to go there):",
                                   nullptr, int(m_issues.size())));
    m_issueList->setVisible(!m_issues.isEmpty());
    updateActions();
}

void ProgramEditor::showIssue(int row)
{
    if (row < 0 || row >= m_issues.size())
        return;
    const QString path = m_issues.at(row).path;
    static const QRegularExpression tierPath(QStringLiteral("^\\$\\.tiers\\[(\\d+)\\](.*)$"));
    const auto m = tierPath.match(path);
    if (path.startsWith(QStringLiteral("$.benefits"))) {
        m_tabs->setCurrentIndex(3);
    } else if (m.hasMatch()) {
        const int tier = m.captured(1).toInt();
        if (m.captured(2).startsWith(QStringLiteral(".rates"))) {
            m_tabs->setCurrentIndex(2);
            return;
        }
        m_tabs->setCurrentIndex(1);
        if (tier < m_tiersModel->rowCount())
            m_tiersView->selectRow(tier);
    } else {
        m_tabs->setCurrentIndex(0);
    }
}

void ProgramEditor::updateActions()
{
    // On a read-only database (an offline copy) programs are shown and exported, never edited.
    const bool open = m_session->isOpen();
    const QString readOnly = m_session->readOnlyReason();
    setEditingEnabled(m_save, open && m_draft->isModified() && m_issues.isEmpty(), readOnly);
    setEditingEnabled(m_revert, open && m_draft->isModified() && m_stored, readOnly);
    m_export->setEnabled(open && m_issues.isEmpty() && !m_draft->program().key.isEmpty());
    setEditingEnabled(m_import, open, readOnly);
    setEditingEnabled(m_new, open, readOnly);
}

void ProgramEditor::updateEditors()
{
    const QString readOnly = m_session->readOnlyReason();
    const bool writable = readOnly.isEmpty();
    m_readOnlyNote->setText(readOnly);
    m_readOnlyNote->setVisible(!writable);
    m_key->setReadOnly(m_stored || !writable);
    m_name->setReadOnly(!writable);
    m_description->setReadOnly(!writable);
    setEditingEnabled(m_currency, true, readOnly);
    setEditingEnabled(m_credits, true, readOnly);
    // Every table of the tabs edits the draft in place; every button adds, removes or moves rows.
    for (QTableView *view : m_tabs->findChildren<QTableView *>())
        view->setEditTriggers(writable ? kEditTriggers : QAbstractItemView::NoEditTriggers);
    for (QPushButton *button : m_tabs->findChildren<QPushButton *>())
        setEditingEnabled(button, true, readOnly);
}

QByteArray ProgramEditor::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << qint32(m_tabs->currentIndex()) << m_tiersSplit->saveState();
    return state;
}

void ProgramEditor::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0, tab = 0;
    QByteArray split;
    in >> version >> tab >> split;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    m_tabs->setCurrentIndex(tab);
    m_tiersSplit->restoreState(split);
}

} // namespace pd::ui

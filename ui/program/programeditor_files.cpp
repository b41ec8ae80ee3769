// Loading, saving, importing and exporting the edited program.
#include "programdraft.h"
#include "programeditor.h"
#include "session.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace pd::ui {

QString ProgramEditor::programKey() const
{
    return m_draft->program().key;
}

bool ProgramEditor::isModified() const
{
    return m_draft->isModified();
}

void ProgramEditor::selectProgram(const QString &key)
{
    if (key == programKey() && m_stored)
        return;
    if (maybeSave())
        loadStored(key);
}

void ProgramEditor::fillProgramCombo()
{
    const QSignalBlocker block(m_programs);
    m_programs->clear();
    for (const StoredProgram &sp : m_session->programs())
        m_programs->addItem(sp.program.name, sp.program.key);
    if (!m_stored && !m_draft->program().key.isEmpty())
        m_programs->addItem(tr("%1 (not saved)").arg(m_draft->program().name), m_draft->program().key);
    m_programs->setCurrentIndex(m_programs->findData(m_draft->program().key));
}

void ProgramEditor::loadStored(const QString &key)
{
    const Program *p = m_session->definition(key);
    if (!p)
        return;
    m_stored = true;
    m_draft->setProgram(*p);
    fillProgramCombo();
    revalidate();
}

void ProgramEditor::newProgram()
{
    Program p;
    QStringList used;
    for (const StoredProgram &sp : m_session->programs())
        used << sp.program.key;
    p.key = ProgramDraft::freeKey(QStringLiteral("new-program"), used);
    p.name = tr("New program");
    p.currency = QStringLiteral("USD");
    p.productLines << ProductLine { QStringLiteral("licences"), tr("Licences") };
    Tier first;
    first.key = QStringLiteral("member");
    first.name = tr("Member");
    p.tiers << first;
    m_stored = false;
    m_draft->setProgram(p);
    m_draft->setModified(true);
    fillProgramCombo();
    revalidate();
}

bool ProgramEditor::maybeSave()
{
    if (!m_draft->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Program"),
                    tr("Program \"%1\" has unsaved changes.").arg(m_draft->program().name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.button(QMessageBox::Save)->setEnabled(m_issues.isEmpty());
    if (!m_issues.isEmpty())
        box.setInformativeText(tr("It has problems and cannot be saved as it is."));
    switch (box.exec()) {
    case QMessageBox::Save:
        if (auto r = save(); !r) {
            QMessageBox::warning(this, tr("Save Program"), r.error().message);
            return false;
        }
        return true;
    case QMessageBox::Discard:
        m_draft->setModified(false);
        return true;
    default:
        return false;
    }
}

Result<void> ProgramEditor::save()
{
    if (!m_session->isOpen())
        return fail(Error::Code::InvalidInput, tr("No database is open."));
    if (auto writable = m_session->checkWritable(); !writable)
        return writable;
    const QByteArray json = programToJson(m_draft->program());
    // Save exactly what validation accepted, parsed back the way an import would read it.
    auto program = programFromJson(json, m_draft->program().key);
    if (!program)
        return std::unexpected(program.error());
    const bool builtin = builtinProgramKeys().contains(program->key);
    if (auto r = m_session->store().saveProgram(*program, builtin); !r)
        return std::unexpected(r.error());
    m_stored = true;
    m_draft->setModified(false);
    if (auto r = m_session->reloadPrograms(); !r)
        return r;
    fillProgramCombo();
    m_key->setReadOnly(true);
    emit statusMessage(tr("Saved program %1.").arg(program->name));
    emit programSaved(program->key);
    return {};
}

Result<void> ProgramEditor::importJson(const QString &path)
{
    if (auto writable = m_session->checkWritable(); !writable)
        return writable;
    auto program = programFromFile(path);
    if (!program)
        return std::unexpected(program.error());
    m_stored = m_session->program(program->key) != nullptr;
    m_draft->setProgram(*program);
    m_draft->setModified(true);
    fillProgramCombo();
    revalidate();
    emit statusMessage(m_stored ? tr("Imported %1; saving replaces the stored program with the same key.").arg(program->name)
                                : tr("Imported %1; save it to add it to the database.").arg(program->name));
    return {};
}

Result<void> ProgramEditor::exportJson(const QString &path) const
{
    if (!m_issues.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The program has problems; correct them before exporting."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(programToJson(m_draft->program())) < 0 || !file.commit())
        return fail(Error::Code::Storage, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void ProgramEditor::importWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Program"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Program definitions (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto r = importJson(path); !r) {
        QMessageBox box(QMessageBox::Warning, tr("Import Program"),
                        tr("%1 is not a valid program definition.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        box.setDetailedText(r.error().message);
        box.setInformativeText(r.error().message.section(QLatin1Char('\n'), 0, 4));
        box.exec();
    }
}

void ProgramEditor::exportWithDialog()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + m_draft->program().key + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Program"), suggested,
                                                      tr("Program definitions (*.json)"));
    if (path.isEmpty())
        return;
    if (auto r = exportJson(path); !r)
        QMessageBox::warning(this, tr("Export Program"), r.error().message);
    else
        emit statusMessage(tr("Exported %1 to %2.").arg(m_draft->program().name, QDir::toNativeSeparators(path)));
}

void ProgramEditor::saveWithMessages()
{
    if (auto r = save(); !r)
        QMessageBox::warning(this, tr("Save Program"), r.error().message);
}

} // namespace pd::ui

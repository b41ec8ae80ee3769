#include "teamroles.h"

#include "guards.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace pd
{

namespace
{

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::TeamRoles)
};

Result<void> needServer(const Database &db)
{
    if (db.backend() != Backend::PostgreSQL)
        return fail(Error::Code::InvalidInput,
            Tr::tr("Roles apply to a team database on PostgreSQL; %1 is a file, which has no database users.")
                .arg(db.displayName()));
    return {};
}

QString identifier(const Database &db, const QString &name)
{
    return sql::connection(db).driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

// The server says "permission denied" in the words meant for a sales rep; here it means the
// connected user is not the one who may hand out rights.
Error adminError(const Error &e)
{
    if (e.code != Error::Code::PermissionDenied)
        return e;
    return Error { Error::Code::PermissionDenied,
        Tr::tr("Setting up roles needs the user who created the team database (it owns the tables) with "
               "the right to create roles, or a superuser.") };
}

Result<void> run(Database &db, const QStringList &statements)
{
    for (const QString &s : statements) {
        if (auto r = sql::exec(db, s); !r)
            return std::unexpected(adminError(r.error()));
    }
    return {};
}

Result<QString> currentSchema(Database &db)
{
    const auto current = sql::scalar(db, QStringLiteral("SELECT current_schema()"));
    if (!current)
        return std::unexpected(current.error());
    return identifier(db, current->toString());
}

// Exactly what each role needs, and no TRUNCATE, TRIGGER or REFERENCES: managers add to the
// append-only tables but change none of their rows, change only the revocation of an NFR key,
// the balance of a credit account and the void of a record, and only read change_log and meta (pruning goes through the
// owner's function). Reps read everything and add notes. Starts both from nothing, so that a
// right granted by hand, or by an older version, does not linger.
Result<void> grant(Database &db, const QString &schemaName)
{
    const QString manager = teamRoleName(TeamRole::Manager);
    const QString rep = teamRoleName(TeamRole::Rep);
    const QString appendOnly = schema::appendOnlyTables().join(QStringLiteral(", "));
    const QString voidable = schema::voidableTables().join(QStringLiteral(", "));
    const QString write = QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
    const QStringList statements {
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2, %3").arg(schemaName, manager, rep),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2, %3").arg(schemaName, manager, rep),
        QStringLiteral("GRANT %1 ON ALL TABLES IN SCHEMA %2 TO %3").arg(write, schemaName, manager),
        QStringLiteral("REVOKE UPDATE, DELETE ON %1, nfr_keys, credit_accounts FROM %2")
            .arg(appendOnly, manager),
        QStringLiteral(
            "GRANT UPDATE (override_reason, revoked_on, revoke_reason, revoked_by) ON nfr_keys TO %1")
            .arg(manager),
        QStringLiteral("GRANT UPDATE (balance) ON credit_accounts TO %1").arg(manager),
        // Records are voided, never rewritten nor deleted (issue 15): a manager may set the void
        // columns (the guards let them be set once); a rep may not, having no UPDATE at all.
        QStringLiteral("REVOKE UPDATE, DELETE ON %1 FROM %2").arg(voidable, manager),
        QStringLiteral("GRANT UPDATE (voided_at, voided_by, void_reason) ON %1 TO %2").arg(voidable, manager),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON change_log, meta FROM %1").arg(manager),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schemaName, manager),
        QStringLiteral("GRANT EXECUTE ON FUNCTION %1(date) TO %2").arg(schema::pruneFunction(), manager),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schemaName, rep),
        QStringLiteral("GRANT INSERT ON partner_notes TO %1").arg(rep),
        // Tables that later upgrades create (as this user) get the plain rights; an upgrade that
        // adds an append-only table refreshes these grants.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 REVOKE ALL ON TABLES FROM %2, %3")
            .arg(schemaName, manager, rep),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 REVOKE ALL ON SEQUENCES FROM %2, %3")
            .arg(schemaName, manager, rep),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT %2 ON TABLES TO %3")
            .arg(schemaName, write, manager),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE ON SEQUENCES TO %2")
            .arg(schemaName, manager),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2")
            .arg(schemaName, rep),
    };
    if (auto r = run(db, statements); !r)
        return r;
    const auto sequence
        = sql::scalar(db, QStringLiteral("SELECT pg_get_serial_sequence('partner_notes', 'id')"));
    if (!sequence)
        return std::unexpected(sequence.error());
    if (sequence->isNull())
        return {};
    return run(db, { QStringLiteral("GRANT USAGE ON SEQUENCE %1 TO %2").arg(sequence->toString(), rep) });
}

} // namespace

QString teamRoleKey(TeamRole role)
{
    return role == TeamRole::Manager ? QStringLiteral("manager") : QStringLiteral("rep");
}

std::optional<TeamRole> teamRoleFromKey(const QString &key)
{
    if (key == QLatin1StringView("manager"))
        return TeamRole::Manager;
    if (key == QLatin1StringView("rep"))
        return TeamRole::Rep;
    return std::nullopt;
}

QString teamRoleName(TeamRole role)
{
    return QStringLiteral("partnerdesk_") + teamRoleKey(role);
}

Result<TeamAccess> teamAccess(Database &db)
{
    if (db.isReadOnly())
        return TeamAccess { false, false };
    if (db.backend() == Backend::SQLite)
        return TeamAccess { true, true };
    sql::Statement st(db,
        QStringLiteral("SELECT has_table_privilege('partners', 'UPDATE'), "
                       "has_table_privilege('partner_notes', 'INSERT')"));
    if (auto r = st.run({}); !r)
        return std::unexpected(r.error());
    if (!st.query().next())
        return TeamAccess {};
    return TeamAccess { st.query().value(0).toBool(), st.query().value(1).toBool() };
}

Result<void> createTeamRoles(Database &db)
{
    if (auto r = needServer(db); !r)
        return r;
    return db.transaction([&]() -> Result<void> {
        const auto schema = currentSchema(db);
        if (!schema)
            return std::unexpected(schema.error());
        const QString manager = teamRoleName(TeamRole::Manager);
        const QString rep = teamRoleName(TeamRole::Rep);
        QStringList statements;
        for (const QString &role : { manager, rep })
            statements << QStringLiteral(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                "CREATE ROLE %1 NOLOGIN; END IF; END $$")
                              .arg(role);
        statements << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(*schema, manager, rep);
        if (auto r = run(db, statements); !r)
            return r;
        return grant(db, *schema);
    });
}

Result<void> refreshTeamGrants(Database &db)
{
    if (db.backend() != Backend::PostgreSQL)
        return {};
    // Roles are shared by every database of the server: only one that "admin roles" set up
    // (its tables granted to them) gets its grants again.
    const QString manager = teamRoleName(TeamRole::Manager);
    const QString rep = teamRoleName(TeamRole::Rep);
    const auto setUp = sql::scalar(db,
        QStringLiteral("SELECT count(*) = 2 AND bool_or(has_table_privilege(oid, 'partners', 'SELECT')) "
                       "FROM pg_roles WHERE rolname IN (?, ?)"),
        { manager, rep });
    if (!setUp)
        return std::unexpected(setUp.error());
    if (!setUp->toBool())
        return {};
    const auto schema = currentSchema(db);
    if (!schema)
        return std::unexpected(schema.error());
    return grant(db, *schema);
}

Result<void> grantTeamRole(Database &db, const QString &user, TeamRole role)
{
    if (auto r = needServer(db); !r)
        return r;
    const auto exists
        = sql::scalar(db, QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname = ?"), { user });
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->isNull())
        return fail(Error::Code::NotFound,
            Tr::tr("There is no database user \"%1\". Create it first (CREATE ROLE \"%1\" LOGIN PASSWORD "
                   "'...').")
                .arg(user));
    const auto roles
        = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?)"),
            { teamRoleName(TeamRole::Manager), teamRoleName(TeamRole::Rep) });
    if (!roles)
        return std::unexpected(roles.error());
    if (roles->toInt() != 2)
        return fail(Error::Code::NotFound,
            Tr::tr("The PartnerDesk roles do not exist yet; run: partnerdesk-cli admin roles"));
    const TeamRole other = role == TeamRole::Manager ? TeamRole::Rep : TeamRole::Manager;
    const QString who = identifier(db, user);
    return db.transaction([&]() -> Result<void> {
        return run(db,
            { QStringLiteral("GRANT %1 TO %2").arg(teamRoleName(role), who),
                QStringLiteral("REVOKE %1 FROM %2").arg(teamRoleName(other), who) });
    });
}

} // namespace pd

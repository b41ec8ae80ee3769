#pragma once

#include "../result.h"
#include "database.h"

#include <optional>

namespace pd
{

// The two group roles of a team database on PostgreSQL. The server enforces them: a rep's
// client that tries any other write is refused with Error::Code::PermissionDenied.
//   partnerdesk_manager  reads every table and writes the records; only adds to the ledgers and
//                        histories, voids (never rewrites nor deletes) sales, licences, events,
//                        certifications and scores, and prunes the change log through its function
//   partnerdesk_rep      reads every table, adds partner notes
enum class TeamRole { Manager, Rep };
QString teamRoleKey(TeamRole role); // "manager", "rep"
std::optional<TeamRole> teamRoleFromKey(const QString &key);
QString teamRoleName(TeamRole role); // the server's role: "partnerdesk_manager"

// What the connected user may do, as the server's grants say; for a file, everything unless it
// was opened read-only. The window disables what is not allowed.
struct TeamAccess {
    bool editRecords = false;
    bool addNotes = false;
};
Result<TeamAccess> teamAccess(Database &db);

// Creates the two NOLOGIN group roles if missing and sets their grants on every table and
// sequence of the schema, and on the tables later upgrades add. Safe to run again (after an
// upgrade, for instance). Needs the user who owns the tables (the one that created the database)
// with the CREATEROLE right. Fails with InvalidInput on an SQLite file: it has no users.
Result<void> createTeamRoles(Database &db);
// Sets the grants again (as createTeamRoles does) when the roles were set up for this database;
// nothing otherwise, and nothing on SQLite. Runs after every upgrade of a team database, by its
// owner.
Result<void> refreshTeamGrants(Database &db);
// Makes an existing login user a member of `role`, and no longer of the other one.
Result<void> grantTeamRole(Database &db, const QString &user, TeamRole role);

} // namespace pd

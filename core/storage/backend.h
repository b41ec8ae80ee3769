#pragma once

namespace pd
{

// The database engine behind a Database: an SQLite file, or a PostgreSQL server shared by a team.
enum class Backend { SQLite, PostgreSQL };

} // namespace pd

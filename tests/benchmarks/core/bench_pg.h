#pragma once
#include <QString>

namespace bench {

// bench_core --db postgresql://...: the team database's figures (issue 22), each beside its floor
// measured in the same run with PostgreSQL's own tools (psql \copy, pg_dump) and beside SQLite.
// The URL's user must be allowed to create databases and to drop a guard trigger (a superuser,
// as on run-pg-tests.sh's throwaway cluster); scratch databases are named after the URL's.
int runPostgres(const QString &url, const QString &dir, int partners, qint64 sales, unsigned seed);

} // namespace bench

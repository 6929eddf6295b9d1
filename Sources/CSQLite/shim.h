#include <sqlite3.h>

// sqlite3_config is variadic, which Swift cannot call; these wrappers fix its arguments.

/// Stops SQLite from counting every allocation under a global mutex (the counts feed sqlite3_status,
/// which faultline does not use). Only takes effect before SQLite is initialised, i.e. before the first open.
static inline int faultline_sqlite3_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/// Keeps statement journals in memory whatever their size. A multi-row upsert needs one (to undo a statement
/// that fails halfway); it holds a copy of each page the statement changes, a few pages per statement, which
/// by default would spill to a temporary file past 64 KiB.
static inline int faultline_sqlite3_keep_statement_journals_in_memory(void) {
    return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, -1);
}

/// sqlite3_db_config is variadic too. Defensive mode refuses what could corrupt the file even through read
/// access: writes to the schema table, `PRAGMA writable_schema`, shadow tables of virtual tables.
static inline int faultline_sqlite3_enable_defensive(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
}

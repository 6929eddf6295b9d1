#include <sqlite3.h>

// sqlite3_config is variadic, which Swift cannot call; these wrappers fix its arguments.

/// Stops SQLite from counting every allocation under a global mutex (the counts feed sqlite3_status,
/// which faultline does not use). Only takes effect before SQLite is initialised, i.e. before the first open.
static inline int faultline_sqlite3_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

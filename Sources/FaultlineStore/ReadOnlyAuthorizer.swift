import CSQLite

/// What a read-only connection lets SQL do: read the store's tables, nothing else.
///
/// `SQLITE_OPEN_READONLY` only stops writes to the store itself. A query file could still write another file
/// (`VACUUM INTO 'x'`, `ATTACH 'x' AS y` then `CREATE TABLE y.t`), read other databases, change connection
/// settings, or call `fts3_tokenizer`, which hands out a pointer. So every statement of a read-only connection
/// passes SQLite's authorizer, which allows only the actions below, and statements that are not read-only
/// (`sqlite3_stmt_readonly`, which catches VACUUM: it has no authorizer action) are refused when prepared.
enum ReadOnlyAuthorizer {
    /// What the refusal says, after what was refused.
    static let rule = "faultline opens the store read-only: SQL may only read it (SELECT, WITH, and PRAGMAs that "
        + "read the schema); writing, VACUUM, ATTACH, changing settings and fts3_tokenizer/load_extension are refused"

    /// PRAGMAs that only read the schema or the file's state. Those that can also set something are allowed only
    /// without a value.
    static let readingPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "database_list", "collation_list", "function_list",
        "module_list", "pragma_list", "compile_options", "data_version", "freelist_count", "page_count",
    ]
    static let settablePragmas: Set<String> = ["user_version", "schema_version", "application_id", "page_size", "journal_mode"]

    /// Functions refused although they run inside a SELECT.
    static let refusedFunctions: Set<String> = ["fts3_tokenizer", "load_extension"]

    static func install(on db: OpaquePointer) {
        _ = faultline_sqlite3_enable_defensive(db)
        _ = sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0)
        sqlite3_set_authorizer(db, { _, action, first, second, _, _ in
            ReadOnlyAuthorizer.decide(action: action, first: first.map { String(cString: $0) },
                                      second: second.map { String(cString: $0) })
        }, nil)
    }

    static func decide(action: Int32, first: String?, second: String?) -> Int32 {
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_FUNCTION:
            return refusedFunctions.contains(second?.lowercased() ?? "") ? SQLITE_DENY : SQLITE_OK
        case SQLITE_PRAGMA:
            let name = first?.lowercased() ?? ""
            if readingPragmas.contains(name) { return SQLITE_OK }
            if settablePragmas.contains(name), second == nil { return SQLITE_OK }
            return SQLITE_DENY
        default:
            return SQLITE_DENY
        }
    }
}

/// Brings a store's schema up to date, and refuses stores this faultline cannot safely read or write.
struct Migrator {
    /// What a store says about its own schema.
    struct State {
        var version: Int
        var applied: [String]
        var hasMigrationsTable: Bool
        var hasOtherTables: Bool
    }

    let migrations: [Migration]

    init(_ migrations: [Migration] = Migration.all) {
        self.migrations = migrations
    }

    /// Refuses, before anything is changed, files a writer must not touch: not SQLite, another program's
    /// database, or a store from a newer faultline.
    @discardableResult
    func preflight(_ db: Database) throws -> State {
        let initial = try state(of: db)
        if !initial.hasMigrationsTable && initial.hasOtherTables {
            // Adding our tables (or even switching on WAL) in someone else's database would be hard to undo.
            throw StoreError.notAStore(path: db.path, detail: "an SQLite database with other tables in it")
        }
        try validate(initial, path: db.path)
        return initial
    }

    /// Applies every pending migration, each in its own transaction, so a crash mid-way leaves the store
    /// at a clean earlier version that the next run continues from.
    func migrate(_ db: Database) throws {
        let initial = try preflight(db)
        for (index, migration) in migrations.enumerated() where index >= initial.applied.count {
            try db.transaction(.immediate) {
                // Checked again under SQLite's write lock, in case another process migrated meanwhile.
                let current = try state(of: db)
                try validate(current, path: db.path)
                guard current.applied.count == index else { return }
                try db.execute(Self.createMigrationsTable)
                try db.execute(migration.sql)
                let record = try db.prepare("INSERT INTO schema_migrations(name, applied_at) VALUES (?1, \(SQLTime.now))")
                try record.bind(migration.name, at: 1)
                try record.run()
                try db.execute("PRAGMA user_version = \(index + 1)")
            }
        }
    }

    /// For read-only opens, which cannot migrate: the store must exist and be exactly current.
    func checkReadable(_ db: Database) throws {
        let state = try state(of: db)
        guard state.hasMigrationsTable else { throw StoreError.noStore(path: db.path) }
        try validate(state, path: db.path)
        if state.applied.count < migrations.count {
            throw StoreError.olderStore(path: db.path, version: state.version, known: migrations.count)
        }
    }

    /// Reads the schema bookkeeping. On a file that is not SQLite this is the first statement to fail
    /// (SQLITE_NOTADB), which StoreError words as "not a faultline store".
    func state(of db: Database) throws -> State {
        let tables = try strings(db, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite/_%' ESCAPE '/'")
        let hasTable = tables.contains("schema_migrations")
        let applied = hasTable ? try strings(db, "SELECT name FROM schema_migrations ORDER BY rowid") : []
        let version = Int(try db.scalar("PRAGMA user_version")?.int64Value ?? 0)
        return State(version: version, applied: applied, hasMigrationsTable: hasTable,
                     hasOtherTables: tables.contains { $0 != "schema_migrations" })
    }

    /// Refuses stores written by a newer faultline, and histories that are not a prefix of ours.
    private func validate(_ state: State, path: String) throws {
        let known = migrations.map(\.name)
        let unknown = state.applied.filter { !known.contains($0) }
        if !unknown.isEmpty || state.version > known.count {
            throw StoreError.newerStore(path: path, version: state.version, known: known.count, unknownMigrations: unknown)
        }
        guard state.applied == Array(known.prefix(state.applied.count)), state.version == state.applied.count else {
            throw StoreError.inconsistent(path: path, detail: "user_version \(state.version), applied: "
                + (state.applied.isEmpty ? "none" : state.applied.joined(separator: ", ")))
        }
    }

    private func strings(_ db: Database, _ sql: String) throws -> [String] {
        let statement = try db.prepare(sql)
        var result: [String] = []
        while try statement.step() { result.append(statement.string(at: 0) ?? "") }
        return result
    }

    private static let createMigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);
        """
}

import CSQLite

/// A compiled SQL statement: bind parameters, step through rows, read columns, reset and reuse.
///
/// Parameters are 1-based (SQLite's convention); columns are 0-based. Names may be given with or
/// without their prefix (`"since"` or `":since"`).
public final class Statement {
    let handle: OpaquePointer
    /// Kept strongly so the connection outlives every statement compiled on it.
    public let database: Database
    public let sql: String

    init(handle: OpaquePointer, database: Database, sql: String) {
        self.handle = handle
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: Binding by index

    public func bind(_ value: Int64?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_int64(handle, index, value))
    }

    public func bind(_ value: Int?, at index: Int32) throws {
        try bind(value.map(Int64.init), at: index)
    }

    public func bind(_ value: Double?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Stored as 0 or 1, matching the schema's `CHECK (x IN (0,1))` columns.
    public func bind(_ value: Bool?, at index: Int32) throws {
        try bind(value.map { $0 ? Int64(1) : 0 }, at: index)
    }

    /// Copies the text (SQLITE_TRANSIENT): a Swift string's bytes are only guaranteed inside a closure,
    /// and this binding must survive until the next step.
    public func bind(_ value: String?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_text64(handle, index, value, UInt64(value.utf8.count), Self.transient, UInt8(SQLITE_UTF8)))
    }

    public func bind(_ value: SQLValue, at index: Int32) throws {
        switch value {
        case .null: try bindNull(at: index)
        case .integer(let v): try bind(v, at: index)
        case .real(let v): try bind(v, at: index)
        case .text(let v): try bind(v, at: index)
        }
    }

    public func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Binds bytes SQLite must not copy (SQLITE_STATIC): the caller keeps them alive and unchanged until
    /// the statement has been stepped, and rebinds before stepping again.
    func bindNoCopy(_ span: TextSpan?, base: UnsafePointer<UInt8>, at index: Int32) throws {
        guard let span else { return try bindNull(at: index) }
        let start = UnsafeRawPointer(base + span.offset).assumingMemoryBound(to: CChar.self)
        try check(sqlite3_bind_text64(handle, index, start, UInt64(span.count), nil, UInt8(SQLITE_UTF8)))
    }

    // MARK: Binding by name

    /// The index of `:name` (or `@name`, `$name`), or nil if the statement has no such parameter.
    public func parameterIndex(_ name: String) -> Int32? {
        let candidates = name.first.map { ":@$".contains($0) } == true ? [name] : [":" + name, "@" + name, "$" + name]
        for candidate in candidates {
            let index = sqlite3_bind_parameter_index(handle, candidate)
            if index > 0 { return index }
        }
        return nil
    }

    public func bind(_ value: Int64?, named name: String) throws { try bind(value, at: index(named: name)) }
    public func bind(_ value: Int?, named name: String) throws { try bind(value, at: index(named: name)) }
    public func bind(_ value: Double?, named name: String) throws { try bind(value, at: index(named: name)) }
    public func bind(_ value: Bool?, named name: String) throws { try bind(value, at: index(named: name)) }
    public func bind(_ value: String?, named name: String) throws { try bind(value, at: index(named: name)) }
    public func bind(_ value: SQLValue, named name: String) throws { try bind(value, at: index(named: name)) }
    public func bindNull(named name: String) throws { try bindNull(at: index(named: name)) }

    /// Number of parameters, i.e. the largest index.
    public var parameterCount: Int32 { sqlite3_bind_parameter_count(handle) }

    /// The parameter's name with its prefix (`":since"`), or nil for a bare `?`.
    public func parameterName(at index: Int32) -> String? {
        sqlite3_bind_parameter_name(handle, index).map { String(cString: $0) }
    }

    private func index(named name: String) throws -> Int32 {
        guard let index = parameterIndex(name) else {
            throw StoreError.misuse("the statement has no parameter named \(name): `\(sql)`")
        }
        return index
    }

    // MARK: Running

    /// Advances to the next row: true if a row is ready to read, false when the statement is done.
    /// On failure the statement is reset so it can be reused.
    @discardableResult
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc:
            let error = database.failure(rc, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Steps to completion and resets, keeping the bindings; for INSERT/UPDATE/DELETE.
    public func run() throws {
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Rewinds to before the first row; bindings are kept.
    public func reset() { sqlite3_reset(handle) }

    /// Sets every parameter back to NULL.
    public func clearBindings() { sqlite3_clear_bindings(handle) }

    // MARK: Columns

    public var columnCount: Int32 { sqlite3_column_count(handle) }

    public func columnName(at index: Int32) -> String {
        sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
    }

    public func isNull(at index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }
    public func int64(at index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }
    public func int(at index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }
    public func double(at index: Int32) -> Double { sqlite3_column_double(handle, index) }
    public func bool(at index: Int32) -> Bool { sqlite3_column_int64(handle, index) != 0 }

    /// The column as text, or nil when it is NULL.
    public func string(at index: Int32) -> String? {
        // column_text before column_bytes: that order returns the UTF-8 length without a second conversion.
        guard let text = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The column's UTF-8 bytes, valid only inside `body` (empty for NULL), without making a String.
    func withText<R>(at index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let text = sqlite3_column_text(handle, index)
        let count = text == nil ? 0 : Int(sqlite3_column_bytes(handle, index))
        return try body(UnsafeBufferPointer(start: text, count: count))
    }

    public func value(at index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(int64(at: index))
        case SQLITE_FLOAT: return .real(double(at: index))
        default: return .text(string(at: index) ?? "") // blobs read as text: the schema stores none
        }
    }

    // MARK: Helpers

    private func check(_ rc: Int32) throws {
        guard rc == SQLITE_OK else { throw database.failure(rc, sql: sql) }
    }

    /// SQLITE_TRANSIENT: SQLite's macro is a cast C cannot export to Swift.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}

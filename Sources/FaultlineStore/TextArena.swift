/// Scratch bytes holding one row's text values, so they can be bound without SQLite copying each one.
///
/// Ingest binds about seven strings per event; with SQLITE_TRANSIENT each would cost SQLite a malloc and
/// a copy. Instead the row's strings are appended to one reused buffer and bound SQLITE_STATIC while the
/// buffer is pinned by `withBase`, and the statement is stepped inside that same closure.
struct TextArena {
    /// Where one value lives in the buffer.
    struct Span {
        let offset: Int
        let count: Int
    }

    // Starts with one byte so the base address is never nil: a nil pointer would bind NULL, not ''.
    private var bytes: [UInt8] = [0]

    init() {
        bytes.reserveCapacity(4096)
    }

    /// Forgets the previous row, keeping the allocation.
    mutating func reset() {
        bytes.removeSubrange(1...)
    }

    /// Appends a value's UTF-8 bytes; nil stays nil so it binds as NULL.
    mutating func add(_ value: String?) -> Span? {
        guard let value else { return nil }
        let start = bytes.count
        bytes.append(contentsOf: value.utf8)
        return Span(offset: start, count: bytes.count - start)
    }

    /// Pins the buffer for binding and stepping; the pointer is invalid after `body` returns.
    func withBase<R>(_ body: (UnsafePointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}

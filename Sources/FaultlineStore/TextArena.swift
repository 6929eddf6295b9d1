/// Scratch bytes holding a group of rows' text values, so they can be bound without SQLite copying each one.
///
/// Ingest binds about seven strings per event; with SQLITE_TRANSIENT each would cost SQLite a malloc and
/// a copy. Instead the rows' strings are appended to one reused buffer and bound SQLITE_STATIC. The buffer is
/// managed here rather than by an Array so that its address is stable from binding until the statement has
/// run: it moves only when `add` grows it, and is reused only after `reset`.
final class TextArena {
    /// Where one value lives in the buffer.
    struct Span {
        let offset: Int
        let count: Int
    }

    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    init(capacity: Int = 16_384) {
        self.capacity = capacity
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Forgets every value, keeping the allocation. Pointers from `base` must no longer be in use.
    func reset() {
        count = 0
    }

    /// Appends a value's UTF-8 bytes; nil stays nil so it binds as NULL.
    func add(_ value: String?) -> Span? {
        guard var value else { return nil }
        return value.withUTF8 { bytes in
            reserve(bytes.count)
            if let source = bytes.baseAddress { (buffer + count).update(from: source, count: bytes.count) }
            defer { count += bytes.count }
            return Span(offset: count, count: bytes.count)
        }
    }

    /// The buffer's start: valid, with every span added so far, until the next `add` or `reset`. Never nil,
    /// so an empty value binds as '' rather than NULL.
    var base: UnsafePointer<UInt8> { UnsafePointer(buffer) }

    private func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        let grown = max(capacity * 2, count + more)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = moved
        capacity = grown
    }
}

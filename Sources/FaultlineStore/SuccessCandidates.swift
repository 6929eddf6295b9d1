/// Success lines that carry an operation key, held compactly (no string per line) until the committer
/// knows whether their operation failed before; only those become `success_attempts` rows.
public struct SuccessCandidates: Sendable {
    struct Entry: Sendable {
        var keyHash: UInt64
        var line: Int
        var byteOffset: Int64
        /// Epoch milliseconds, or nil when the line had no time.
        var millis: Int64?
        var status: Int?
        var requestID: Range<Int>?
        var idempotencyKey: Range<Int>?
    }

    private(set) var entries: [Entry] = []
    /// The request ids' and idempotency keys' bytes, back to back.
    private(set) var text: [UInt8] = []

    public init() {}

    public var count: Int { entries.count }
    /// Bytes of ids and keys held, for sizing the next batch's buffers.
    public var textBytes: Int { text.count }

    /// Makes room for `count` lines with `textBytes` bytes of ids and keys, so that appending them copies nothing.
    public mutating func reserve(_ count: Int, textBytes: Int) {
        entries.reserveCapacity(count)
        text.reserveCapacity(textBytes)
    }

    /// Adds one success line.
    /// - Parameters:
    ///   - requestID, idempotencyKey: the fields' unescaped bytes, if the line has them; at least one must be
    ///     non-empty (the operation key is the idempotency key, else the request id).
    public mutating func append(
        requestID: UnsafeRawBufferPointer?, idempotencyKey: UnsafeRawBufferPointer?, line: Int, byteOffset: Int64,
        millis: Int64?, status: Int?
    ) {
        let key = idempotencyKey.flatMap { $0.isEmpty ? nil : $0 } ?? requestID.flatMap { $0.isEmpty ? nil : $0 }
        guard let key else { return }
        let requestRange = requestID.map { store($0) }
        let keyRange = idempotencyKey.flatMap { $0.isEmpty ? nil : store($0) }
        entries.append(Entry(
            keyHash: OperationKey.hash(key), line: line, byteOffset: byteOffset, millis: millis, status: status,
            requestID: requestRange, idempotencyKey: keyRange))
    }

    private mutating func store(_ bytes: UnsafeRawBufferPointer) -> Range<Int> {
        let start = text.count
        text.append(contentsOf: bytes)
        return start..<text.count
    }
}

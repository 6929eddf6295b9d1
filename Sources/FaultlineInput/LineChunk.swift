/// A batch of complete lines (about `chunkBytes` of them) in one contiguous buffer.
///
/// Batches, not single lines, cross threads: one hand-off per few megabytes keeps
/// synchronisation cost negligible while a parser works on one chunk and the reader
/// fills the next. The buffer is immutable once the chunk exists, so the chunk is
/// `Sendable` and may be parsed on any thread.
public struct LineChunk: Sendable {
    let storage: LineBuffer
    /// Bytes of `storage` that belong to this chunk's lines (and nothing beyond).
    public let byteCount: Int
    /// The lines, in input order.
    public let lines: [LineDescriptor]
    /// Decompressed offset of the first line's first byte.
    public let startOffset: Int64
    /// Decompressed offset just after the last line that is complete (its newline included).
    /// Everything before it is done once this chunk is processed: a checkpoint. A line cut
    /// by damage is not counted, so resuming there re-reads it if the input is repaired.
    public let endOffset: Int64

    init(storage: LineBuffer, byteCount: Int, lines: [LineDescriptor], startOffset: Int64, endOffset: Int64) {
        self.storage = storage
        self.byteCount = byteCount
        self.lines = lines
        self.startOffset = startOffset
        self.endOffset = endOffset
    }

    /// The whole buffer; slice it with each descriptor's `start` and `length`.
    /// The pointer is valid only inside `body`.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) {
            try body(UnsafeRawBufferPointer(start: storage.base, count: byteCount))
        }
    }

    /// The bytes of one line (the excerpt, if overlong). The pointer is valid only inside `body`.
    public func withBytes<Result>(of line: LineDescriptor, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        precondition(line.start >= 0 && line.start + line.length <= byteCount, "descriptor from another chunk")
        return try withExtendedLifetime(storage) {
            try body(UnsafeRawBufferPointer(start: storage.base + line.start, count: line.length))
        }
    }

    /// A copy of one line's bytes: for rejects ledgers and tests, not for the hot path.
    public func bytes(of line: LineDescriptor) -> [UInt8] {
        withBytes(of: line) { Array($0) }
    }

    /// One line as text, invalid UTF-8 repaired: for messages and tests, not for the hot path.
    public func string(of line: LineDescriptor) -> String {
        withBytes(of: line) { String(decoding: $0, as: UTF8.self) }
    }
}

/// A `sources` row: one input file and how far ingest has got through it.
public struct SourceRecord: Sendable, Hashable {
    public var id: Int64
    public var path: String
    public var fingerprint: String
    public var headBytes: Int
    public var compressed: Bool
    /// Decompressed bytes fully accounted for: resume reading here.
    public var bytesDone: Int64
    /// Lines fully accounted for: the next line is `linesDone + 1`.
    public var linesDone: Int
    public var errors: Int
    public var successes: Int
    public var rejects: Int
    public var blanks: Int
    public var redactions: Int
    /// Why reading stopped early, or nil.
    public var damaged: String?
    public var firstIngestedAt: String
    public var lastIngestedAt: String
    /// Start of the last line counted when it had no newline (see migration 002_open_last_line), else nil.
    public var openLineOffset: Int64?
    /// Where the bytes hashed into `tailHash` end (migration 020_source_tail), nil before the file was read to its end.
    public var tailOffset: Int64?
    public var tailHash: String?

    /// The columns `init(row:)` expects, in order.
    static let columns = """
        id, path, fingerprint, head_bytes, compressed, bytes_done, lines_done, errors, successes, rejects,
        blanks, redactions, damaged, first_ingested_at, last_ingested_at, open_line_offset, tail_offset, tail_hash
        """

    init(row s: Statement) {
        id = s.int64(at: 0)
        path = s.string(at: 1) ?? ""
        fingerprint = s.string(at: 2) ?? ""
        headBytes = s.int(at: 3)
        compressed = s.bool(at: 4)
        bytesDone = s.int64(at: 5)
        linesDone = s.int(at: 6)
        errors = s.int(at: 7)
        successes = s.int(at: 8)
        rejects = s.int(at: 9)
        blanks = s.int(at: 10)
        redactions = s.int(at: 11)
        damaged = s.string(at: 12)
        firstIngestedAt = s.string(at: 13) ?? ""
        lastIngestedAt = s.string(at: 14) ?? ""
        openLineOffset = s.isNull(at: 15) ? nil : s.int64(at: 15)
        tailOffset = s.isNull(at: 16) ? nil : s.int64(at: 16)
        tailHash = s.string(at: 17)
    }
}

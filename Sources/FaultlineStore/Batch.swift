/// Everything read from one stretch of an input file, committed to the store all at once or not at all.
///
/// `linesRead` must equal `eventCount + successes + rejects.count + blanks`: the `sources` CHECK
/// enforces it, so a miscounting pipeline fails loudly instead of skewing reports.
public struct Batch: Sendable {
    /// The error events, packed (see `PackedEvents`); the ingest pipeline appends to it directly.
    public var packedEvents: PackedEvents
    /// The error events as records, decoded on each read and packed on each write: for tests and callers
    /// off the hot path.
    public var events: [ErrorEventRecord] {
        get { packedEvents.records }
        set { packedEvents = PackedEvents(newValue) }
    }
    public var eventCount: Int { packedEvents.count }
    /// Non-error lines, counted per key.
    public var traffic: [TrafficKey: Int]
    /// Success lines with an operation key; the committer keeps those whose operation failed before.
    public var successCandidates = SuccessCandidates()
    public var rejects: [RejectRecord]
    public var blanks: Int
    public var successes: Int
    public var redactions: Int
    public var linesRead: Int
    /// Decompressed offset just past the batch's last line; becomes the source's `bytes_done`.
    public var endOffset: Int64
    /// Start of the batch's last line when that line had no newline (the end of the input so far), else nil.
    public var openLineOffset: Int64? = nil

    public init(
        events: [ErrorEventRecord] = [], traffic: [TrafficKey: Int] = [:], rejects: [RejectRecord] = [],
        blanks: Int = 0, successes: Int = 0, redactions: Int = 0, linesRead: Int = 0, endOffset: Int64
    ) {
        packedEvents = PackedEvents(events)
        self.traffic = traffic
        self.rejects = rejects
        self.blanks = blanks
        self.successes = successes
        self.redactions = redactions
        self.linesRead = linesRead
        self.endOffset = endOffset
    }
}

/// Everything read from one stretch of an input file, committed to the store all at once or not at all.
///
/// `linesRead` must equal `events.count + successes + rejects.count + blanks`: the `sources` CHECK
/// enforces it, so a miscounting pipeline fails loudly instead of skewing reports.
public struct Batch: Sendable {
    public var events: [ErrorEventRecord]
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
        self.events = events
        self.traffic = traffic
        self.rejects = rejects
        self.blanks = blanks
        self.successes = successes
        self.redactions = redactions
        self.linesRead = linesRead
        self.endOffset = endOffset
    }
}

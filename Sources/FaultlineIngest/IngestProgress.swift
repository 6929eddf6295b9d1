/// A snapshot for the progress line, reported after every committed batch.
public struct IngestProgress: Sendable {
    public let file: String
    public let fileIndex: Int
    public let fileCount: Int
    /// Bytes of the current file read from disk (compressed bytes for gzip) and its size, when known.
    public let fileBytesRead: Int64
    public let fileBytesTotal: Int64?
    public let summary: IngestSummary
    public let elapsedSeconds: Double
}

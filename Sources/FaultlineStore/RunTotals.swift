/// What one `faultline ingest` run did, recorded in its `ingest_runs` row when it finishes.
public struct RunTotals: Sendable, Hashable {
    public var files: Int
    public var lines: Int
    public var errors: Int
    public var successes: Int
    public var rejects: Int
    public var blanks: Int
    /// Lines not read again because an earlier run had already stored them.
    public var skippedLines: Int
    public var redactions: Int

    public init(files: Int = 0, lines: Int = 0, errors: Int = 0, successes: Int = 0, rejects: Int = 0,
                blanks: Int = 0, skippedLines: Int = 0, redactions: Int = 0) {
        self.files = files
        self.lines = lines
        self.errors = errors
        self.successes = successes
        self.rejects = rejects
        self.blanks = blanks
        self.skippedLines = skippedLines
        self.redactions = redactions
    }
}

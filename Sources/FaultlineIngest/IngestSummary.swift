/// What one ingest run did: the figures the summary prints and `--json` emits.
public struct IngestSummary: Sendable, Equatable {
    public struct DamagedFile: Sendable, Equatable {
        public let path: String
        public let reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public var files = 0
    /// Lines read in this run (already-ingested lines are `skippedLines`, not counted here).
    public var lines = 0
    public var errors = 0
    public var successes = 0
    public var rejects = 0
    public var blanks = 0
    public var skippedLines = 0
    /// Files that had nothing new.
    public var skippedFiles = 0
    public var redactions = 0
    public var bytes: Int64 = 0
    public var elapsedSeconds = 0.0
    public var damaged: [DamagedFile] = []
    /// Files rewritten in place since they were last read (shorter, or changed where reading had stopped):
    /// read again from the start as new files. `reason` says what showed it.
    public var rewritten: [DamagedFile] = []
    /// Folder and glob entries that are not regular files (FIFOs, sockets, devices), skipped unread.
    public var notRegular: [DamagedFile] = []

    public init() {}

    public var megabytesPerSecond: Double {
        elapsedSeconds > 0 ? Double(bytes) / 1_000_000 / elapsedSeconds : 0
    }

    /// True when every line read is one of the four outcomes.
    public var isBalanced: Bool { lines == errors + successes + rejects + blanks }
}

import FaultlineClassifier
import FaultlineInput

#if canImport(Glibc)
import Glibc
#endif

/// Everything `faultline ingest` can be told.
public struct IngestOptions: Sendable {
    public var storePath: String
    public var fields: FieldMap
    public var maxLineBytes: Int
    public var redactor: Redactor
    public var maxRejects: RejectLimit?
    /// How long to wait for another ingest into the same store.
    public var lockTimeout: Duration
    public var chunkBytes: Int
    /// Input bytes committed together in one transaction, at most.
    public var commitBytes: Int64 = 32 << 20
    /// Longest time batches wait before being committed.
    public var commitInterval: Duration = .milliseconds(250)
    /// Chunks parsed at once; one per core.
    public var workers: Int
    /// The catalogs errors are classified with: the built-in ones, plus any the user gave (`--catalog`).
    public var catalog: CatalogIndex = .builtIn

    public init(
        storePath: String, fields: FieldMap = .automatic, maxLineBytes: Int = 8 << 20, redactor: Redactor = Redactor(),
        maxRejects: RejectLimit? = nil, lockTimeout: Duration = .seconds(30), chunkBytes: Int = 1 << 20,
        workers: Int = IngestOptions.defaultWorkers
    ) {
        self.storePath = storePath
        self.fields = fields
        self.maxLineBytes = maxLineBytes
        self.redactor = redactor
        self.maxRejects = maxRejects
        self.lockTimeout = lockTimeout
        self.chunkBytes = chunkBytes
        self.workers = max(1, workers)
    }

    public static var defaultWorkers: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }

    var chunkerOptions: LineChunker.Options {
        LineChunker.Options(chunkBytes: chunkBytes, maxLineBytes: maxLineBytes)
    }
}

/// `--max-rejects`: a count (`100`) or a share of the lines read (`1%`).
public enum RejectLimit: Sendable, Equatable, CustomStringConvertible {
    case count(Int)
    case percent(Double)

    public init?(_ text: String) {
        let trimmed = text.filter { !$0.isWhitespace }
        if trimmed.hasSuffix("%") {
            guard let value = Double(trimmed.dropLast()), value >= 0, value <= 100 else { return nil }
            self = .percent(value)
        } else {
            guard let value = Int(trimmed), value >= 0 else { return nil }
            self = .count(value)
        }
    }

    public func isExceeded(rejects: Int, lines: Int) -> Bool {
        switch self {
        case .count(let limit): return rejects > limit
        case .percent(let share): return lines > 0 && Double(rejects) * 100 > share * Double(lines)
        }
    }

    public var description: String {
        switch self {
        case .count(let n): return "\(n) lines"
        case .percent(let p): return "\(p)% of the lines"
        }
    }
}

/// Problems that end an ingest run with a non-zero exit status.
public enum IngestError: Error, CustomStringConvertible, Equatable {
    /// Everything was stored, but more lines were rejected than `--max-rejects` allows.
    case tooManyRejects(rejects: Int, lines: Int, limit: RejectLimit)

    public var description: String {
        switch self {
        case .tooManyRejects(let rejects, let lines, let limit):
            return """
                \(rejects) of \(lines) lines were rejected, more than --max-rejects allows (\(limit)).
                  The lines that could be read are stored; the rejects are listed by `faultline report rejects`.
                  help: check the field layout (--field) or the log shipper; raise --max-rejects if this is expected.
                """
        }
    }
}

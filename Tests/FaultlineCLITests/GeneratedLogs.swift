import Foundation

/// A folder of log files made from the samples' lines, big enough that a debug build takes a second or two
/// to ingest it, so a test can interrupt or race an ingest that is really running.
///
/// Every line gets a request id of its own (`req_<n>x…`), so no two files share their first bytes (files are
/// recognised by content) and no two lines are the same. One line in 400 is blank; the bad lines of
/// `bad-lines.jsonl` are mixed in, so rejects and redactions are counted too. The gzip sample is copied in as
/// is. Commits happen per chunk and per file, so many files give an interrupted run many places to stop.
enum GeneratedLogs {
    static let folder = "logs"
    static let files = 16
    static let linesPerFile = 1250

    /// Non-blank lines of the plain-text samples, as bytes (bad-lines.jsonl holds invalid UTF-8 and NUL).
    static func sampleLines() throws -> [[UInt8]] {
        let samples = FaultlineBinary.packageRoot.appendingPathComponent("samples")
        var lines: [[UInt8]] = []
        for name in ["cashier", "flexiti", "flint", "stablegenius", "synaptopay", "bad-lines"] {
            let data = try Data(contentsOf: samples.appendingPathComponent("\(name).jsonl"))
            for line in data.split(separator: UInt8(ascii: "\n")) where line.contains(where: { $0 > 0x20 }) {
                lines.append(Array(line))
            }
        }
        return lines
    }

    /// Writes the files into `directory/logs`; returns how many lines they hold in all (blank ones included).
    @discardableResult
    static func write(into directory: TemporaryDirectory) throws -> Int {
        let lines = try sampleLines()
        let marker = Array("req_".utf8)
        var number = 0
        for file in 0..<files {
            var out: [UInt8] = []
            out.reserveCapacity(linesPerFile * 400)
            for _ in 0..<linesPerFile {
                defer { number += 1 }
                if number % 400 == 399 {
                    out.append(UInt8(ascii: "\n"))
                    continue
                }
                let line = lines[number % lines.count]
                out += replacing(marker, with: Array("req_\(number)x".utf8), in: line)
                out.append(UInt8(ascii: "\n"))
            }
            try directory.write("\(folder)/part-\(String(format: "%02d", file)).jsonl", Data(out))
        }
        let gzip = FaultlineBinary.packageRoot.appendingPathComponent("samples/nightly-2026-11-22.jsonl.gz")
        try directory.write("\(folder)/nightly-2026-11-22.jsonl.gz", Data(contentsOf: gzip))
        return number + nightlyLines
    }

    /// Lines in samples/nightly-2026-11-22.jsonl.gz (as `ingest --json` counts them on its own).
    static let nightlyLines = 369

    private static func replacing(_ marker: [UInt8], with replacement: [UInt8], in line: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(line.count + 16)
        var index = 0
        while index < line.count {
            if line[index] == marker[0], index + marker.count <= line.count,
                Array(line[index..<(index + marker.count)]) == marker {
                out += replacement
                index += marker.count
            } else {
                out.append(line[index])
                index += 1
            }
        }
        return out
    }
}

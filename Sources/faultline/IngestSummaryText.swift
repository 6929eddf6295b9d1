import FaultlineClassifier
import FaultlineIngest

/// The end-of-run summary, for people (stderr) and for scripts (`--json`, stdout).
enum IngestSummaryText {
    static func human(_ s: IngestSummary, store: String) -> String {
        var lines = [
            "ingested \(s.files) file\(s.files == 1 ? "" : "s") into \(store) in \(String(format: "%.2f", s.elapsedSeconds)) s (\(String(format: "%.0f", s.megabytesPerSecond)) MB/s)",
            "  lines read        \(s.lines)",
            "  errors stored     \(s.errors)",
            "  successes counted \(s.successes)",
            "  rejected          \(s.rejects)\(s.rejects > 0 ? "  (see: faultline report rejects)" : "")",
            "  blank             \(s.blanks)",
        ]
        if s.skippedLines > 0 {
            lines.append("  already ingested  \(s.skippedLines) lines skipped\(s.skippedFiles > 0 ? " (\(s.skippedFiles) file\(s.skippedFiles == 1 ? "" : "s") unchanged)" : "")")
        }
        lines.append("  redactions        \(s.redactions)")
        if !s.damaged.isEmpty { lines.append("  damaged files     \(s.damaged.count)") }
        if !s.rewritten.isEmpty {
            lines.append("  rewritten files   \(s.rewritten.count)  (changed in place since the last run: read again from the start)")
            for file in s.rewritten { lines.append("    \(file.path): \(file.reason)") }
        }
        if !s.notRegular.isEmpty {
            lines.append("  not regular files \(s.notRegular.count)  (skipped unread)")
            for file in s.notRegular { lines.append("    \(file.path): \(file.reason)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ s: IngestSummary, store: String) -> String {
        JSONText.object([
            ("store", .string(store)), ("files", .int(s.files)), ("lines", .int(s.lines)), ("errors", .int(s.errors)),
            ("successes", .int(s.successes)), ("rejects", .int(s.rejects)), ("blanks", .int(s.blanks)),
            ("skipped_lines", .int(s.skippedLines)), ("skipped_files", .int(s.skippedFiles)),
            ("redactions", .int(s.redactions)), ("bytes", .int(Int(s.bytes))),
            ("elapsed_seconds", .double((s.elapsedSeconds * 1000).rounded() / 1000)),
            ("mb_per_second", .double((s.megabytesPerSecond * 10).rounded() / 10)),
            ("damaged", .int(s.damaged.count)), ("rewritten", .int(s.rewritten.count)),
            ("not_regular", .int(s.notRegular.count)),
        ])
    }
}

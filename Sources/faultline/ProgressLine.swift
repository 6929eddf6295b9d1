import FaultlineIngest
import FaultlineReports
import Foundation

/// The progress line on a terminal's stderr, redrawn in place at most ten times a second.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private var lastDraw = ContinuousClock.now
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ p: IngestProgress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard !drawn || now - lastDraw > .milliseconds(100) else { return }
        lastDraw = now
        drawn = true
        let s = p.summary
        var parts = ["[\(p.fileIndex + 1)/\(p.fileCount)] \(TerminalText.singleLine((p.file as NSString).lastPathComponent))"]
        if let total = p.fileBytesTotal, total > 0 {
            let share = Double(p.fileBytesRead) / Double(total)
            parts.append(String(format: "%.0f%% of %@", share * 100, megabytes(total)))
            let rate = p.elapsedSeconds > 0 ? Double(s.bytes) / p.elapsedSeconds : 0
            if share > 0, share < 1, rate > 0 {
                let remaining = Double(total - p.fileBytesRead) / max(Double(p.fileBytesRead) / max(p.elapsedSeconds, 0.001), 1)
                parts.append(String(format: "ETA %.0fs", remaining))
            }
        } else {
            parts.append(megabytes(p.fileBytesRead))
        }
        let linesPerSecond = p.elapsedSeconds > 0 ? Double(s.lines) / p.elapsedSeconds : 0
        parts.append(String(format: "%.0fk lines/s", linesPerSecond / 1000))
        parts.append("\(s.errors) errors")
        parts.append("\(s.rejects) rejects")
        var text = parts.joined(separator: "  ")
        let width = Terminal.standardError.width ?? 100
        if text.count >= width { text = String(text.prefix(width - 2)) + "…" }
        StandardStreams.writeError("\r\u{1B}[2K\(text)")
    }

    func finish() {
        guard enabled, drawn else { return }
        StandardStreams.writeError("\r\u{1B}[2K")
    }

    private func megabytes(_ bytes: Int64) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}

// Golden files: the exact output of faultline commands, kept in Golden/ next to this file and compared
// byte for byte. After a deliberate change of output, re-record them with
//
//     FAULTLINE_RECORD_GOLDEN=1 swift test --filter FaultlineCLITests
//
// (or `FAULTLINE_RECORD_GOLDEN=1 Scripts/test`), review the diff with `git diff Tests/FaultlineCLITests/Golden`,
// and commit the files with the change. While recording, golden tests write instead of comparing and pass.
import Foundation
import Testing

enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["FAULTLINE_RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with `Golden/<name>`, or writes it there when recording.
    static func check(_ actual: Data, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file)
            return
        }
        guard let expected = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no golden file \(name); record it with FAULTLINE_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let difference = firstDifference(expected: expected, actual: actual)
            Issue.record(
                "output differs from Golden/\(name):\n\(difference)\nIf the change is intended, re-record with FAULTLINE_RECORD_GOLDEN=1.",
                sourceLocation: sourceLocation)
        }
    }

    /// The first line that differs, both versions, so a failure is readable without a diff tool.
    static func firstDifference(expected: Data, actual: Data) -> String {
        let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let actualLines = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? expectedLines[index] : "<end of file>"
            let got = index < actualLines.count ? actualLines[index] : "<end of file>"
            if want != got {
                return "line \(index + 1)\n  expected: \(want.debugDescription)\n  actual:   \(got.debugDescription)"
            }
        }
        return "same lines, different bytes (line endings or a trailing newline)"
    }
}

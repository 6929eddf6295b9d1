import FaultlineClassifier

/// Why a line was not stored or counted. The text before the colon is stable, for grouping in reports.
enum RejectReason {
    static let tooLong = "too_long"
    static let notObject = "not_object"
    static let noStatusOrBody = "no_status_or_body"

    /// The reason for a line the JSON parser refused; invalid UTF-8 and NUL bytes anywhere in the line take
    /// precedence over the syntax error they usually cause.
    static func forUnparsable(_ line: UnsafeRawBufferPointer, _ error: JSONError) -> String {
        if error.reason == .nulByte || line.contains(0) { return "nul_byte: the line contains a NUL byte" }
        if error.reason == .invalidUTF8 || !UTF8Validation.isValid(line) {
            return "invalid_utf8: the line is not valid UTF-8 (\(error))"
        }
        if error.reason == .tooDeep { return "not_json: nested deeper than the parser allows (\(error))" }
        return "not_json: \(error)"
    }

    static func tooLong(length: Int64, limit: Int) -> String {
        "\(tooLong): \(length) bytes, over the \(limit)-byte limit (--max-line-bytes)"
    }
}

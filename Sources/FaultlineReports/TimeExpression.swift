import Foundation
import FaultlineTime

/// Turns what people type for `--since` and `--until` into the store's UTC timestamp text.
///
/// Accepted, with `now` = 2026-11-23T09:30:00Z:
///
/// | input                            | result                     |
/// |----------------------------------|----------------------------|
/// | `2026-11-22`                     | `2026-11-22T00:00:00.000Z` |
/// | `2026-11-22T10:00:00.25+02:00`   | `2026-11-22T08:00:00.250Z` |
/// | `24h`, `90m`, `7d`, `2w`          | that long before now       |
/// | `yesterday`, `today`             | UTC midnight of that day   |
/// | `now`                            | `2026-11-23T09:30:00.000Z` |
///
/// The result always has three fraction digits, like the `errors` view's `ts`, so the two compare correctly as text.
public enum TimeExpression {
    /// The forms accepted, for error messages and help texts.
    public static let examples = "Expected a date (2026-11-22), an RFC 3339 date-time with Z or an offset "
        + "(2026-11-22T08:00:00Z, 2026-11-22T10:00:00.250+02:00), a time ago (90m, 24h, 7d, 2w), "
        + "or yesterday, today, now"

    /// The UTC instant `text` names, as `YYYY-MM-DDTHH:MM:SS.sssZ`.
    /// - Parameters:
    ///   - text: a date, an RFC 3339 date-time, a relative time (`24h`) or `yesterday`/`today`/`now`.
    ///   - now: the instant relative times count back from; pass one value to every parse of one run.
    /// - Throws: `ReportError` (reason `.badParameter`) saying what was wrong and what is accepted.
    public static func parse(_ text: String, now: Date) throws -> String {
        let trimmed = String(text.trimmingWhitespace())
        let nowMilliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        let milliseconds: Int64
        switch trimmed.lowercased() {
        case "":
            throw ReportError.badTime(text, "it is empty")
        case "now":
            milliseconds = nowMilliseconds
        case "today":
            milliseconds = UTCTime.startOfDay(nowMilliseconds)
        case "yesterday":
            milliseconds = UTCTime.startOfDay(nowMilliseconds) - UTCTime.millisecondsPerDay
        case let lowered where lowered.first?.isNumber == true && lowered.last?.isLetter == true && !lowered.contains("-"):
            milliseconds = nowMilliseconds - (try ago(lowered, original: text))
        default:
            milliseconds = try TimestampParser.milliseconds(from: trimmed)
        }
        guard UTCTime.representable.contains(milliseconds) else {
            throw ReportError.badTime(text, "it lies outside the years 0001 to 9999")
        }
        return UTCTime.format(milliseconds: milliseconds)
    }

    /// A length of time (`90m`, `24h`, `7d`, `2w`) in milliseconds.
    /// - Throws: `ReportError` (reason `.badParameter`) when `text` is not a number and a unit.
    public static func duration(_ text: String) throws -> Int64 {
        let trimmed = String(text.trimmingWhitespace()).lowercased()
        guard trimmed.first?.isNumber == true else {
            throw ReportError.badTime(text, "a length of time is a number and a unit, such as 7d or 48h")
        }
        return try ago(trimmed, original: text)
    }

    /// `90m`, `24h`, `7d`, `2w` (a space before the unit is fine) as a length in milliseconds.
    private static func ago(_ text: String, original: String) throws -> Int64 {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let unit = text.dropFirst(digits.count).trimmingWhitespace()
        let unitMilliseconds: Int64
        switch unit {
        case "m": unitMilliseconds = 60_000
        case "h": unitMilliseconds = 3_600_000
        case "d": unitMilliseconds = UTCTime.millisecondsPerDay
        case "w": unitMilliseconds = 7 * UTCTime.millisecondsPerDay
        default:
            throw ReportError.badTime(original, "\"\(unit)\" is not a unit; use m (minutes), h (hours), d (days) or w (weeks)")
        }
        // Past about 10,000 years the result is out of range anyway; this keeps the product from overflowing.
        guard digits.count <= 9, let count = Int64(digits) else {
            throw ReportError.badTime(original, "it lies outside the years 0001 to 9999")
        }
        return count * unitMilliseconds
    }
}

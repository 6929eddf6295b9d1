/// Calendar arithmetic and formatting for UTC instants held as milliseconds since 1970, shared by ingest
/// (log timestamps) and reports (`--since`/`--until`), so both write the store's time format identically.
///
/// Plain integer arithmetic rather than Foundation's Calendar: UTC has no time zones or daylight
/// saving to consult, and the results must match SQLite's text timestamps digit for digit.
public enum UTCTime {
    public static let millisecondsPerDay: Int64 = 86_400_000

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01 (civil_from_days).
    public static func date(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day)
    }

    public static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The earliest and latest instants that still format as four-digit years.
    public static let representable = days(year: 1, month: 1, day: 1) * millisecondsPerDay
        ..< days(year: 10_000, month: 1, day: 1) * millisecondsPerDay

    /// Bytes in `write(milliseconds:to:)`'s form.
    public static let formattedCount = 24

    /// Writes `milliseconds` in the store's format (`format(milliseconds:)`) to the 24 bytes at `out`, without
    /// making a String: ingest formats every error line's time, and the writer every kept retry's.
    public static func write(milliseconds: Int64, to out: UnsafeMutablePointer<UInt8>) {
        guard milliseconds >= 0, milliseconds < 253_402_300_800_000 else {
            var text = format(milliseconds: milliseconds)
            text.withUTF8 { out.update(from: $0.baseAddress!, count: formattedCount) }
            return
        }
        let (year, month, day) = date(days: milliseconds / millisecondsPerDay)
        let ms = Int(milliseconds % millisecondsPerDay)
        @inline(__always) func put(_ value: Int, _ at: Int, _ width: Int, _ separator: UInt8) {
            var rest = value
            var k = at &+ width &- 1
            while k >= at {
                out[k] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                k &-= 1
            }
            out[at &+ width] = separator
        }
        put(Int(year), 0, 4, UInt8(ascii: "-"))
        put(Int(month), 5, 2, UInt8(ascii: "-"))
        put(Int(day), 8, 2, UInt8(ascii: "T"))
        put(ms / 3_600_000, 11, 2, UInt8(ascii: ":"))
        put(ms / 60_000 % 60, 14, 2, UInt8(ascii: ":"))
        put(ms / 1000 % 60, 17, 2, UInt8(ascii: "."))
        put(ms % 1000, 20, 3, UInt8(ascii: "Z"))
    }

    /// `YYYY-MM-DDTHH:MM:SS.sssZ`, the store's format: fixed width, so text order is time order. Written digit
    /// by digit into 24 bytes: every error line of a dump is formatted once.
    public static func format(milliseconds: Int64) -> String {
        let (dayNumber, msOfDay) = floorDivide(milliseconds, millisecondsPerDay)
        let (year, month, day) = date(days: dayNumber)
        let fields: [(Int64, Int, UInt8)] = [
            (year, 4, UInt8(ascii: "-")), (month, 2, UInt8(ascii: "-")), (day, 2, UInt8(ascii: "T")),
            (msOfDay / 3_600_000, 2, UInt8(ascii: ":")), (msOfDay / 60_000 % 60, 2, UInt8(ascii: ":")),
            (msOfDay / 1000 % 60, 2, UInt8(ascii: ".")), (msOfDay % 1000, 3, UInt8(ascii: "Z")),
        ]
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var at = 0
            for (value, width, separator) in fields {
                var rest = max(0, value)
                for k in stride(from: width - 1, through: 0, by: -1) {
                    buffer[at + k] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                buffer[at + width] = separator
                at += width + 1
            }
            return at
        }
    }

    public static let millisecondsPerHour: Int64 = 3_600_000

    /// A time as the store keeps it: the hour that contains it (whole hours since 1970, rounded down, so
    /// negative before 1970) and the milliseconds into that hour.
    public static func hourAndMillisecond(_ milliseconds: Int64) -> (hour: Int64, millisecond: Int64) {
        let (hour, millisecond) = floorDivide(milliseconds, millisecondsPerHour)
        return (hour, millisecond)
    }

    /// The instant `format(milliseconds:)` wrote as `text`; nil for any other text.
    public static func milliseconds(formatted text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count == formattedCount, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."), b[23] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int64? {
            var value: Int64 = 0
            for byte in b[from..<from + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2), let millisecond = number(20, 3),
              year >= 1, (1...12).contains(month), (1...daysInMonth(year: year, month: month)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        return days(year: year, month: month, day: day) * millisecondsPerDay
            + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
    }

    /// Start of the UTC day that contains `milliseconds`.
    public static func startOfDay(_ milliseconds: Int64) -> Int64 {
        floorDivide(milliseconds, millisecondsPerDay).quotient * millisecondsPerDay
    }

    /// Division rounding towards minus infinity, so instants before 1970 land in the right day.
    private static func floorDivide(_ a: Int64, _ b: Int64) -> (quotient: Int64, remainder: Int64) {
        let q = a / b, r = a % b
        return r < 0 ? (q - 1, r + b) : (q, r)
    }
}

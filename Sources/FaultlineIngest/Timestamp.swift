import FaultlineTime

/// Log timestamps normalised to UTC text `YYYY-MM-DDTHH:MM:SS.sssZ`, whose text order is time order.
///
/// Accepts RFC 3339 with `Z` or an offset, with or without fractions (a space for the `T` too; no zone at
/// all is taken as UTC), and epoch seconds, milliseconds, microseconds or nanoseconds as a number.
/// Hand-written because every line of a nightly dump carries one: the Foundation formatters cost more than
/// parsing the whole line.
public enum Timestamp {
    /// Epoch values above this are milliseconds (1e11 seconds is the year 5138).
    static let millisecondThreshold: Double = 100_000_000_000

    public static func normalise(rfc3339 bytes: UnsafeRawBufferPointer) -> String? {
        epochMilliseconds(rfc3339: bytes).map(format)
    }

    public static func normalise(epoch value: Double) -> String? {
        epochMilliseconds(epoch: value).map(format)
    }

    /// Whole-number epochs, divided exactly (nanoseconds do not fit a Double's precision).
    static func epochMilliseconds(epoch value: Int) -> Int64? {
        guard value >= 0 else { return nil }
        var millis = Int64(value) < Int64(millisecondThreshold) ? Int64(value) * 1000 : Int64(value)
        while millis >= Int64(millisecondThreshold) * 1000 { millis /= 1000 }
        return millis < 253_402_300_800_000 ? millis : nil
    }

    static func epochMilliseconds(epoch value: Double) -> Int64? {
        guard value.isFinite, value >= 0 else { return nil }
        // Seconds, milliseconds, microseconds or nanoseconds, told apart by size (1e11 s is the year 5138).
        var millis = value >= millisecondThreshold ? value : value * 1000
        while millis >= millisecondThreshold * 1000 { millis /= 1000 }
        guard millis < 253_402_300_800_000 else { return nil }  // year 10000
        return Int64(millis.rounded(.down))
    }

    /// The hour bucket of a normalised timestamp: `2026-11-22T03:00:00Z`.
    public static func hour(of normalised: String) -> String {
        String(normalised.utf8.prefix(13))! + ":00:00Z"
    }

    static func epochMilliseconds(rfc3339 p: UnsafeRawBufferPointer) -> Int64? {
        if let usual = epochMilliseconds(utc: p) { return usual }
        let n = p.count
        guard n >= 19 else { return nil }
        func digits(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= n else { return nil }
            var value = 0
            for k in at..<at + count {
                let d = p[k] &- UInt8(ascii: "0")
                guard d < 10 else { return nil }
                value = value * 10 + Int(d)
            }
            return value
        }
        guard let year = digits(0, 4), p[4] == UInt8(ascii: "-"), let month = digits(5, 2), p[7] == UInt8(ascii: "-"),
            let day = digits(8, 2), p[10] == UInt8(ascii: "T") || p[10] == UInt8(ascii: "t") || p[10] == UInt8(ascii: " "),
            let hour = digits(11, 2), p[13] == UInt8(ascii: ":"), let minute = digits(14, 2), p[16] == UInt8(ascii: ":"),
            let second = digits(17, 2)
        else { return nil }
        guard (1...12).contains(month), (1...UTCTime.daysInMonth(year: Int64(year), month: Int64(month))).contains(Int64(day)), hour < 24, minute < 60,
            second < 61
        else { return nil }
        var i = 19
        var millis = 0
        if i < n, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: ",") {
            i += 1
            var scale = 100
            let start = i
            while i < n, p[i] &- UInt8(ascii: "0") < 10 {
                millis += Int(p[i] - UInt8(ascii: "0")) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        var offsetSeconds = 0
        // RFC 3339 requires a zone, but many loggers leave it out; such a time is taken as UTC.
        switch i < n ? p[i] : UInt8(ascii: "Z") {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            i = min(i + 1, n)
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = p[i] == UInt8(ascii: "-") ? -1 : 1
            guard let oh = digits(i + 1, 2) else { return nil }
            var j = i + 3
            if j < n, p[j] == UInt8(ascii: ":") { j += 1 }
            guard let om = digits(j, 2), oh < 24, om < 60 else { return nil }
            offsetSeconds = sign * (oh * 3600 + om * 60)
            i = j + 2
        default:
            return nil
        }
        guard i == n else { return nil }
        let days = UTCTime.days(year: Int64(year), month: Int64(month), day: Int64(day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59)) - Int64(offsetSeconds)
        return seconds * 1000 + Int64(millis)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ`, the forms nearly every logger writes, read at
    /// fixed positions; nil for any other text (the general reader then decides, invalid dates included).
    @inline(__always)
    private static func epochMilliseconds(utc p: UnsafeRawBufferPointer) -> Int64? {
        let n = p.count
        guard n == 24 || n == 20, p[n &- 1] == UInt8(ascii: "Z"), p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-"),
            p[10] == UInt8(ascii: "T"), p[13] == UInt8(ascii: ":"), p[16] == UInt8(ascii: ":"),
            n == 20 || p[19] == UInt8(ascii: ".")
        else { return nil }
        // Each digit's value, 0...255 for other bytes; a negative `9 - d` anywhere marks a non-digit.
        var invalid = 0
        @inline(__always) func digit(_ k: Int) -> Int {
            let d = Int(p[k] &- UInt8(ascii: "0"))
            invalid |= 9 &- d
            return d
        }
        let year = digit(0) &* 1000 &+ digit(1) &* 100 &+ digit(2) &* 10 &+ digit(3)
        let month = digit(5) &* 10 &+ digit(6)
        let day = digit(8) &* 10 &+ digit(9)
        let hour = digit(11) &* 10 &+ digit(12)
        let minute = digit(14) &* 10 &+ digit(15)
        let second = digit(17) &* 10 &+ digit(18)
        let millis = n == 24 ? digit(20) &* 100 &+ digit(21) &* 10 &+ digit(22) : 0
        guard invalid >= 0, month >= 1, month <= 12, day >= 1, hour < 24, minute < 60, second < 61,
            day <= UTCTime.daysInMonth(year: Int64(year), month: Int64(month))
        else { return nil }
        let days = UTCTime.days(year: Int64(year), month: Int64(month), day: Int64(day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59))
        return seconds * 1000 + Int64(millis)
    }

    /// The store's text for an instant, as `UTCTime.format` writes it; instants from 1970 to 9999 (all that
    /// log lines give) are written straight into the string, field by field.
    static func format(_ epochMillis: Int64) -> String {
        String(unsafeUninitializedCapacity: UTCTime.formattedCount) { out in
            UTCTime.write(milliseconds: epochMillis, to: out.baseAddress!)
            return UTCTime.formattedCount
        }
    }
}

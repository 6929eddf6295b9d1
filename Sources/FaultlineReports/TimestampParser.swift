import FaultlineTime
/// Reads a date (`2026-11-22`) or an RFC 3339 date-time (`2026-11-22T10:00:00.5+02:00`) into
/// milliseconds since 1970, UTC.
///
/// Lenient where RFC 3339 itself allows it (a space instead of `T`, lowercase `t` and `z`, any number
/// of fraction digits) and where it costs nothing (seconds may be left out); strict about ranges and
/// about the zone, because a time without one would silently be read in the wrong zone.
struct TimestampParser {
    private let text: String
    private let bytes: [UInt8]
    private var position = 0

    private init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    /// The instant `text` names, or a `ReportError` saying which part is wrong.
    static func milliseconds(from text: String) throws -> Int64 {
        var parser = TimestampParser(text)
        return try parser.parse()
    }

    private mutating func parse() throws -> Int64 {
        let year = try number(digits: 4, what: "a four-digit year")
        try expect("-", after: "the year")
        let month = try number(digits: 2, what: "a two-digit month")
        try expect("-", after: "the month")
        let day = try number(digits: 2, what: "a two-digit day")
        guard (1...12).contains(month) else { throw bad("month \(month) is not 01 to 12") }
        guard (1...UTCTime.daysInMonth(year: year, month: month)).contains(day) else {
            throw bad("\(year)-\(pad2(month)) has no day \(day)")
        }
        let midnight = UTCTime.days(year: year, month: month, day: day) * UTCTime.millisecondsPerDay
        if atEnd { return midnight }

        guard let separator = next(), separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
            || separator == UInt8(ascii: " ") else {
            throw bad("after the date comes T and a time of day, like 2026-11-22T08:00:00Z")
        }
        let hour = try number(digits: 2, what: "a two-digit hour")
        try expect(":", after: "the hour")
        let minute = try number(digits: 2, what: "two-digit minutes")
        var second: Int64 = 0, millisecond: Int64 = 0
        if peek == UInt8(ascii: ":") {
            position += 1
            second = try number(digits: 2, what: "two-digit seconds")
            if peek == UInt8(ascii: ".") || peek == UInt8(ascii: ",") {
                position += 1
                millisecond = try fractionInMilliseconds()
            }
        }
        guard hour <= 23 else { throw bad("hour \(hour) is not 00 to 23") }
        guard minute <= 59 else { throw bad("minute \(minute) is not 00 to 59") }
        guard second <= 59 else { throw bad("second \(second) is not 00 to 59") }
        let local = midnight + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
        return local - (try offsetInMilliseconds())
    }

    /// Digits after the decimal point, kept to milliseconds; further digits are dropped rather than
    /// rounded, so a time never moves into the next millisecond (or second, or day).
    private mutating func fractionInMilliseconds() throws -> Int64 {
        var value: Int64 = 0, count = 0
        while let byte = peek, isDigit(byte) {
            if count < 3 { value = value * 10 + Int64(byte - UInt8(ascii: "0")) }
            count += 1
            position += 1
        }
        guard count > 0 else { throw bad("a decimal point needs digits after it") }
        for _ in count..<max(count, 3) { value *= 10 }
        return value
    }

    /// `Z` is UTC; `+HH:MM` and `-HH:MM` are how far local time is ahead of UTC.
    private mutating func offsetInMilliseconds() throws -> Int64 {
        guard let sign = next() else {
            throw bad("a date-time needs Z or an offset such as +02:00 at the end, so it is not read in the wrong zone")
        }
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
            guard atEnd else { throw bad("nothing may follow the Z") }
            return 0
        }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else {
            throw bad("the time of day must end with Z or an offset such as +02:00")
        }
        let hours = try number(digits: 2, what: "a two-digit offset hour")
        try expect(":", after: "the offset hour")
        let minutes = try number(digits: 2, what: "two-digit offset minutes")
        guard atEnd else { throw bad("nothing may follow the offset") }
        guard hours <= 23, minutes <= 59 else { throw bad("offset \(pad2(hours)):\(pad2(minutes)) is out of range") }
        let size = (hours * 60 + minutes) * 60_000
        return sign == UInt8(ascii: "+") ? size : -size
    }

    // MARK: Scanning

    private var atEnd: Bool { position == bytes.count }
    private var peek: UInt8? { atEnd ? nil : bytes[position] }

    private mutating func next() -> UInt8? {
        defer { if !atEnd { position += 1 } }
        return peek
    }

    private mutating func number(digits: Int, what: String) throws -> Int64 {
        var value: Int64 = 0
        for _ in 0..<digits {
            guard let byte = peek, isDigit(byte) else {
                throw bad("expected \(what) at character \(position + 1)")
            }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            position += 1
        }
        return value
    }

    private mutating func expect(_ character: Unicode.Scalar, after part: String) throws {
        guard peek == UInt8(ascii: character) else {
            throw bad("expected \"\(character)\" after \(part) at character \(position + 1)")
        }
        position += 1
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private func pad2(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private func bad(_ detail: String) -> ReportError { ReportError.badTime(text, detail) }
}

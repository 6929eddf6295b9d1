/// Turns request paths into templates that group: `/v1/payment_intents/pi_3NxA9e/confirm` →
/// `/v1/payment_intents/{id}/confirm`.
///
/// A segment is an id when it is a number, a UUID, a long hex string, a prefixed id (`pi_3Nx…`, `cus_…`,
/// `cs_abc123`: letters, underscore, then letters and digits with at least one digit), or a long token mixing
/// letters and digits. Words such as `payment_intents` stay.
public enum EndpointTemplate {
    public struct Parts: Sendable, Equatable {
        public var host: String
        public var path: String
    }

    /// Splits a path or full URL into host and templated path; the query string and fragment are dropped.
    public static func parts(of raw: String) -> Parts {
        var rest = Substring(raw)
        var host = ""
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
            let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
            host = String(rest[..<hostEnd]).lowercased()
            rest = rest[hostEnd...]
        }
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        if rest.isEmpty { rest = "/" }
        let segments = rest.split(separator: "/", omittingEmptySubsequences: false).map { isIdentifier($0) ? "{id}" : String($0) }
        return Parts(host: host, path: segments.joined(separator: "/"))
    }

    static func isIdentifier(_ segment: Substring) -> Bool {
        guard !segment.isEmpty, segment.first != "{" else { return false }
        let utf8 = Array(segment.utf8)
        let digits = utf8.filter { $0 &- UInt8(ascii: "0") < 10 }.count
        if digits == utf8.count { return true }
        if isUUID(utf8) { return true }
        let hex = utf8.allSatisfy { hexDigit($0) }
        if hex, utf8.count >= 16 { return true }
        if digits > 0, let underscore = utf8.firstIndex(of: UInt8(ascii: "_")), underscore > 0, underscore <= 8,
            utf8[..<underscore].allSatisfy(isLetter), utf8.count - underscore > 3
        {
            return true
        }
        let alphanumeric = utf8.allSatisfy { isLetter($0) || $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        return alphanumeric && digits > 0 && utf8.count >= 16
    }

    private static func isUUID(_ utf8: [UInt8]) -> Bool {
        guard utf8.count == 36 else { return false }
        for (i, c) in utf8.enumerated() {
            if [8, 13, 18, 23].contains(i) {
                if c != UInt8(ascii: "-") { return false }
            } else if !hexDigit(c) {
                return false
            }
        }
        return true
    }

    private static func hexDigit(_ c: UInt8) -> Bool {
        c &- UInt8(ascii: "0") < 10 || (c | 0x20) &- UInt8(ascii: "a") < 6
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- UInt8(ascii: "a") < 26 }
}

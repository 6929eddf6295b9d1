/// Turns request paths into templates that group: `/v1/payment_intents/pi_3NxA9e/confirm` →
/// `/v1/payment_intents/{id}/confirm`.
///
/// A segment is an id when it is a number, a UUID, a long hex string, a prefixed id (`pi_3Nx…`, `cus_…`,
/// `cs_abc123`: up to 8 letters, underscore, then at least 4 more characters including a digit), or a long
/// token (16+) mixing letters and digits. Words such as `payment_intents` stay. Works on bytes: every success
/// line of a dump passes through here.
public enum EndpointTemplate {
    public struct Parts: Sendable, Equatable {
        public var host: String
        public var path: String
    }

    /// Splits a path or full URL into host and templated path; the query string and fragment are dropped.
    public static func parts(of raw: String) -> Parts {
        var raw = raw
        return raw.withUTF8 { parts(of: UnsafeRawBufferPointer($0)) }
    }

    public static func parts(of raw: UnsafeRawBufferPointer) -> Parts {
        var host: [UInt8] = []
        var path: [UInt8] = []
        write(raw, host: &host, path: &path)
        return Parts(host: String(decoding: host, as: UTF8.self), path: String(decoding: path, as: UTF8.self))
    }

    /// Appends the lower-cased host and the templated path of `raw` to the given buffers, allocating nothing
    /// when they have room.
    static func write(_ raw: UnsafeRawBufferPointer, host: inout [UInt8], path out: inout [UInt8]) {
        let (hostRange, pathRange) = split(raw)
        if let hostRange { appendHost(raw, hostRange, to: &host) }
        appendPath(raw, pathRange, to: &out)
    }

    /// The most bytes `writeKey` writes for a raw path of `count` bytes: an id segment of one byte becomes
    /// four (`{id}`), and an empty path one (`/`).
    static func keyCapacity(rawCount count: Int) -> Int { 4 + 4 * count + 1 }

    /// Writes the template of `raw` as one key to `out` (room for `keyCapacity` bytes) and returns its length:
    /// the host's length (four bytes, so that no host and path pair is spelled like another), the lower-cased
    /// host, the templated path; the same bytes as `write`. The form the success-line hot path uses: one pass
    /// over the path, copying each segment while noting whether it could be an id at all, so that only
    /// segments that might be (all letters, digits, `-` and `_`; with a digit or long; and with an underscore
    /// or at least 16 long, the shortest non-numeric id `isIdentifier` takes without one) are examined again.
    /// All-digit segments are ids without a second look.
    static func writeKey(_ raw: UnsafeRawBufferPointer, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let n = raw.count
        var o = 4
        var i = 0
        if let afterScheme = schemeEnd(raw) {
            i = afterScheme
            while i < n {
                let c = raw[i]
                if c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: "#") { break }
                // `user:pass@host`: the userinfo is a credential, never part of the endpoint.
                if c == UInt8(ascii: "@") { o = 4; i &+= 1; continue }
                out[o] = c &- UInt8(ascii: "A") < 26 ? c | 0x20 : c
                o &+= 1
                i &+= 1
            }
        }
        UnsafeMutableRawPointer(out).storeBytes(of: UInt32(truncatingIfNeeded: o &- 4), as: UInt32.self)
        if i == n || raw[i] == UInt8(ascii: "?") || raw[i] == UInt8(ascii: "#") {
            out[o] = UInt8(ascii: "/")
            return o &+ 1
        }
        var segmentStart = i
        var segmentOut = o
        var digits = 0
        var underscore = false
        var other = false
        while true {
            let c: UInt8 = i < n ? raw[i] : UInt8(ascii: "?")
            if c &- UInt8(ascii: "0") < 10 {
                digits &+= 1
            } else if (c | 0x20) &- UInt8(ascii: "a") < 26 || c == UInt8(ascii: "-") || c == UInt8(ascii: " ") {
                // A letter or a joiner (a space too: a card number grouped by spaces): may be part of an id.
            } else if c == UInt8(ascii: "_") {
                underscore = true
            } else if c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: "#") {
                let length = i &- segmentStart
                if !other, length > 0,
                    digits == length
                        || ((digits > 0 || length >= 12) && (underscore || length >= 16)
                            && isIdentifier(UnsafeRawBufferPointer(rebasing: raw[segmentStart..<i])))
                {
                    o = segmentOut
                    UnsafeMutableRawPointer(out + o).storeBytes(of: 0x7D64_697B as UInt32, as: UInt32.self)  // "{id}"
                    o &+= 4
                }
                guard c == UInt8(ascii: "/") else { return o }
                out[o] = c
                o &+= 1
                i &+= 1
                segmentStart = i
                segmentOut = o
                digits = 0
                underscore = false
                other = false
                continue
            } else {
                other = true
            }
            out[o] = c
            o &+= 1
            i &+= 1
        }
    }

    /// Where the host (after a scheme) and the path (without query string and fragment) of `raw` are.
    @inline(__always)
    private static func split(_ raw: UnsafeRawBufferPointer) -> (host: Range<Int>?, path: Range<Int>) {
        var start = 0
        var host: Range<Int>? = nil
        if let afterScheme = schemeEnd(raw) {
            var hostEnd = afterScheme
            while hostEnd < raw.count, raw[hostEnd] != UInt8(ascii: "/"), raw[hostEnd] != UInt8(ascii: "?"), raw[hostEnd] != UInt8(ascii: "#") {
                hostEnd += 1
            }
            var hostStart = afterScheme
            for k in afterScheme..<hostEnd where raw[k] == UInt8(ascii: "@") { hostStart = k + 1 }  // userinfo dropped
            host = hostStart..<hostEnd
            start = hostEnd
        }
        var cut = start
        while cut < raw.count, raw[cut] != UInt8(ascii: "?"), raw[cut] != UInt8(ascii: "#") { cut += 1 }
        return (host, start..<cut)
    }

    @inline(__always)
    private static func appendHost(_ raw: UnsafeRawBufferPointer, _ range: Range<Int>, to out: inout [UInt8]) {
        let hostStart = out.count
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[range]).assumingMemoryBound(to: UInt8.self))
        for k in hostStart..<out.count where out[k] &- UInt8(ascii: "A") < 26 { out[k] |= 0x20 }
    }

    @inline(__always)
    private static func appendPath(_ raw: UnsafeRawBufferPointer, _ range: Range<Int>, to out: inout [UInt8]) {
        let end = range.upperBound
        guard range.lowerBound < end else {
            out.append(UInt8(ascii: "/"))
            return
        }
        var segmentStart = range.lowerBound
        while segmentStart <= end {
            var segmentEnd = segmentStart
            while segmentEnd < end, raw[segmentEnd] != UInt8(ascii: "/") { segmentEnd += 1 }
            let segment = UnsafeRawBufferPointer(rebasing: raw[segmentStart..<segmentEnd])
            if isIdentifier(segment) {
                out.append(contentsOf: "{id}".utf8)
            } else {
                // Typed, so the append is a memcpy rather than a byte-by-byte generic copy.
                out.append(contentsOf: segment.assumingMemoryBound(to: UInt8.self))
            }
            if segmentEnd < end { out.append(UInt8(ascii: "/")) }
            segmentStart = segmentEnd + 1
        }
    }

    /// The index after `scheme://` when `raw` starts with a URL scheme (letters, digits, `+.-`, at most 16).
    private static func schemeEnd(_ raw: UnsafeRawBufferPointer) -> Int? {
        guard let first = raw.first, (first | 0x20) &- UInt8(ascii: "a") < 26 else { return nil }
        var i = 1
        while i < min(raw.count, 17) {
            let c = raw[i]
            if c == UInt8(ascii: ":") {
                guard i + 2 < raw.count, raw[i + 1] == UInt8(ascii: "/"), raw[i + 2] == UInt8(ascii: "/") else { return nil }
                return i + 3
            }
            guard (c | 0x20) &- UInt8(ascii: "a") < 26 || c &- UInt8(ascii: "0") < 10 || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
            else { return nil }
            i += 1
        }
        return nil
    }

    static func isIdentifier(_ s: UnsafeRawBufferPointer) -> Bool {
        let n = s.count
        guard n > 0, s[0] != UInt8(ascii: "{") else { return false }
        var digits = 0
        var hex = 0
        var wordy = 0  // letters, digits, '-' and '_'
        var firstUnderscore = -1
        var lettersBeforeUnderscore = true
        var spaces = 0
        var dashes = 0
        for k in 0..<n {
            let c = s[k]
            if c == UInt8(ascii: " ") {
                spaces += 1
                continue
            }
            if c &- UInt8(ascii: "0") < 10 {
                digits += 1
                hex += 1
                wordy += 1
                if firstUnderscore < 0 { lettersBeforeUnderscore = false }
            } else if (c | 0x20) &- UInt8(ascii: "a") < 26 {
                if (c | 0x20) &- UInt8(ascii: "a") < 6 { hex += 1 }
                wordy += 1
            } else if c == UInt8(ascii: "_") {
                if firstUnderscore < 0 { firstUnderscore = k }
                wordy += 1
            } else if c == UInt8(ascii: "-") {
                if firstUnderscore < 0 { lettersBeforeUnderscore = false }
                wordy += 1
                dashes += 1
            } else {
                return false
            }
        }
        if digits == n { return true }
        // A card number grouped by spaces or dashes (`4242 4242 4242 4242`) is an id, never kept.
        if digits >= 13, digits + spaces + dashes == n { return true }
        if spaces > 0 { return false }
        if n == 36, isUUID(s) { return true }
        if hex == n, n >= 16 { return true }
        if firstUnderscore > 0, firstUnderscore <= 8, lettersBeforeUnderscore, n - firstUnderscore > 4 {
            // A prefixed id (`pi_3Nx…`, `cus_abc123`): digits after the prefix, or a long random-looking tail
            // with capitals (`pi_mZnsKzbPxZXxnM`); `payment_intents` and `api_keys` stay words.
            if digits > 0 { return true }
            let tail = UnsafeRawBufferPointer(rebasing: s[(firstUnderscore + 1)...])
            if tail.count >= 10, tail.contains(where: { $0 &- UInt8(ascii: "A") < 26 }) { return true }
        }
        return wordy == n && digits > 0 && n >= 16
    }

    private static func isUUID(_ s: UnsafeRawBufferPointer) -> Bool {
        for k in 0..<36 {
            let c = s[k]
            if k == 8 || k == 13 || k == 18 || k == 23 {
                if c != UInt8(ascii: "-") { return false }
            } else if !(c &- UInt8(ascii: "0") < 10 || (c | 0x20) &- UInt8(ascii: "a") < 6) {
                return false
            }
        }
        return true
    }
}

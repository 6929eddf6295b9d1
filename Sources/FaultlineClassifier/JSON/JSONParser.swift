/// Why a text is not accepted as JSON (RFC 8259), and where.
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case unexpectedEnd = "unexpected end of input"
        case unexpectedByte = "unexpected character"
        case invalidUTF8 = "invalid UTF-8"
        case nulByte = "NUL byte"
        case controlCharacter = "unescaped control character in a string"
        case invalidEscape = "invalid escape sequence"
        case invalidNumber = "invalid number"
        case tooDeep = "nesting too deep"
        case trailingContent = "content after the JSON value"
        case tooLarge = "text too large"
    }

    public let reason: Reason
    /// Byte offset where parsing stopped.
    public let offset: Int

    public var description: String { "\(reason.rawValue) at byte \(offset)" }
}

/// A strict, allocation-free-after-warm-up JSON parser producing `JSONDocument`s.
///
/// Reuse one parser per thread: it keeps its node buffer between documents. A parser (and its copies, which
/// share that buffer) must not parse on two threads at once. Nesting is limited (default 512)
/// and tracked without recursion, so a 10,000-deep input is rejected, never a stack overflow.
public struct JSONParser {
    public let maxDepth: Int
    /// The document's node array, written in place: its count is its capacity (a text of n bytes has at
    /// most n nodes, so it is grown before scanning, never during), and a document reads only the nodes its
    /// text produced. Shared with the last document returned; written again only once that one is gone
    /// (otherwise the array is copied first, as any array would be).
    private var nodes: [JSONDocument.Node] = []
    /// Indices of the open containers' nodes, innermost last.
    private var open: [Int32] = []

    public init(maxDepth: Int = 512) {
        self.maxDepth = maxDepth
    }

    /// Parses `bytes` (one complete JSON text, surrounding whitespace allowed).
    ///
    /// Texts are shorter than `Int32.max` bytes and have at most one node per byte, so in the scanner byte
    /// indices and node counts neither overflow nor lose bits as `Int32`: its arithmetic is unchecked.
    public mutating func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONError) -> JSONDocument {
        let n = bytes.count
        guard n < Int(Int32.max) else { throw JSONError(reason: .tooLarge, offset: 0) }
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), n > 0 else {
            throw JSONError(reason: .unexpectedEnd, offset: 0)
        }
        reserve(nodes: n)
        let maxDepth = maxDepth
        var failure: JSONError? = nil
        nodes.withUnsafeMutableBufferPointer { nodeBuffer in
            open.withUnsafeMutableBufferPointer { openBuffer in
                do throws(JSONError) {
                    try Self.scan(base, n, nodeBuffer.baseAddress!, openBuffer.baseAddress!, maxDepth)
                } catch {
                    failure = error
                }
            }
        }
        if let failure { throw failure }
        return JSONDocument(bytes: bytes, nodes: nodes)
    }

    /// Room for `n` nodes, left uninitialised: nodes are plain values, each written before it is read.
    /// A buffer grown for one huge line is given back once lines are small again.
    private mutating func reserve(nodes n: Int) {
        if open.isEmpty { open = Array(repeating: 0, count: max(maxDepth, 1)) }
        let wanted = max(n, 256)
        guard nodes.count < wanted || (nodes.count > 1 << 16 && wanted <= 1 << 12) else { return }
        nodes = []
        nodes = Array(unsafeUninitializedCapacity: wanted) { _, initialized in initialized = wanted }
    }

    // MARK: - The scanner

    /// Scans the whole text in one loop with everything in locals, writing node after node.
    private static func scan(
        _ p: UnsafePointer<UInt8>, _ n: Int, _ nodes: UnsafeMutablePointer<JSONDocument.Node>,
        _ open: UnsafeMutablePointer<Int32>, _ maxDepth: Int
    ) throws(JSONError) {
        var count = 0
        var depth = 0
        // Whether the innermost open container is an object (members are keyed) rather than an array.
        var inObject = false
        // Whether the string expected next is a member's key: keys and string values share one scanning
        // loop, the tightest code in the parser.
        var isKey = false
        var i = skipWhitespace(p, 0, n)
        value: while true {
            // A value (or a key) is expected at i.
            guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
            let c = p[i]
            if c == UInt8(ascii: "\"") {
                i = try scanString(p, i, n, nodes, &count)
                if isKey {
                    isKey = false
                    if i < n, p[i] == UInt8(ascii: ":") {
                        // The usual `"key":value`.
                        i = skipWhitespace(p, i &+ 1, n)
                        continue value
                    }
                    i = skipWhitespace(p, i, n)
                    guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
                    guard p[i] == UInt8(ascii: ":") else { throw JSONError(reason: .unexpectedByte, offset: i) }
                    i = skipWhitespace(p, i &+ 1, n)
                    continue value
                }
            } else if isKey {
                throw JSONError(reason: c == 0 ? .nulByte : .unexpectedByte, offset: i)
            } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                guard depth < maxDepth else { throw JSONError(reason: .tooDeep, offset: i) }
                let isObject = c == UInt8(ascii: "{")
                open[depth] = Int32(truncatingIfNeeded: count)
                depth &+= 1
                nodes[count] = .init(kind: isObject ? .object : .array, escaped: false, start: Int32(truncatingIfNeeded: i), end: 0, next: 0)
                count &+= 1
                inObject = isObject
                i = skipWhitespace(p, i &+ 1, n)
                guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
                if p[i] != (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    isKey = isObject
                    continue value
                }
                // Empty container: closed below.
            } else if c &- UInt8(ascii: "0") < 10 || c == UInt8(ascii: "-") {
                i = try scanNumber(p, i, n, nodes, &count)
            } else if c == UInt8(ascii: "t") {
                i = try scanLiteral(p, i, n, 0x6575_7274, "true", .true, nodes, &count)  // "true"
            } else if c == UInt8(ascii: "f") {
                i = try scanLiteral(p, i, n, 0x6573_6C61, "false", .false, nodes, &count)  // "alse"
            } else if c == UInt8(ascii: "n") {
                i = try scanLiteral(p, i, n, 0x6C6C_756E, "null", .null, nodes, &count)  // "null"
            } else {
                throw JSONError(reason: c == 0 ? .nulByte : .unexpectedByte, offset: i)
            }

            // After a value (or at an empty container's closer): close containers or move to the next value.
            while true {
                i = skipWhitespace(p, i, n)
                guard depth > 0 else {
                    guard i == n else { throw JSONError(reason: p[i] == 0 ? .nulByte : .trailingContent, offset: i) }
                    return
                }
                guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
                let c = p[i]
                if c == UInt8(ascii: ",") {
                    i = skipWhitespace(p, i &+ 1, n)
                    isKey = inObject
                    continue value
                }
                guard c == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                    throw JSONError(reason: c == 0 ? .nulByte : .unexpectedByte, offset: i)
                }
                let top = Int(open[depth &- 1])
                nodes[top].end = Int32(truncatingIfNeeded: i &+ 1)
                nodes[top].next = Int32(truncatingIfNeeded: count)
                depth &-= 1
                i &+= 1
                if depth > 0 { inObject = nodes[Int(open[depth &- 1])].kind == .object }
            }
        }
    }

    /// Log lines rarely hold whitespace between tokens: one compare settles the usual case.
    @inline(__always)
    private static func skipWhitespace(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var i = start
        while i < n {
            let c = p[i]
            guard c <= 0x20, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { break }
            i &+= 1
        }
        return i
    }

    /// Scans a string starting at its opening quote; writes its node; returns the index after the closing quote.
    ///
    /// Only plain printable ASCII is scanned here, sixteen bytes at a time (most keys and values end within the
    /// first block), landing exactly on the first byte that needs attention (quote, backslash, control
    /// character, non-ASCII). Anything but a closing quote there, or the last few bytes of the text, is left to
    /// one out-of-line call that finishes the string: with no call inside this loop, the scanner's state stays
    /// in registers instead of being saved around every string.
    @inline(__always)
    private static func scanString(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int, _ nodes: UnsafeMutablePointer<JSONDocument.Node>, _ count: inout Int
    ) throws(JSONError) -> Int {
        var i = start &+ 1
        var end = -1
        while i &+ 16 <= n {
            let k = Self.firstSpecial(UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self))
            i &+= k
            if k < 16 {
                if p[i] == UInt8(ascii: "\"") { end = i }
                break
            }
        }
        var escaped = false
        if end < 0 { (end, escaped) = try finishString(p, i, n) }
        nodes[count] = .init(kind: .string, escaped: escaped, start: Int32(truncatingIfNeeded: start &+ 1), end: Int32(truncatingIfNeeded: end), next: Int32(truncatingIfNeeded: count &+ 1))
        count &+= 1
        return end &+ 1
    }

    /// The rest of a string from `start` (inside it, everything before plain ASCII): escapes, UTF-8, the end of
    /// the text. Returns the index of the closing quote and whether the string holds escapes.
    @inline(never)
    private static func finishString(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) throws(JSONError) -> (end: Int, escaped: Bool) {
        var i = start
        var escaped = false
        while true {
            while true {
                guard i &+ 16 <= n else {
                    i = scanTail(p, i, n)
                    break
                }
                let k = Self.firstSpecial(UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self))
                i &+= k
                if k < 16 { break }
            }
            guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
            let c = p[i]
            if c == UInt8(ascii: "\"") { return (i, escaped) }
            if c == UInt8(ascii: "\\") {
                escaped = true
                i = try scanEscape(p, i, n)
            } else if c < 0x20 {
                throw JSONError(reason: c == 0 ? .nulByte : .controlCharacter, offset: i)
            } else {
                i = try UTF8Validation.skipSequence(p, i, n)
            }
        }
    }

    /// The first byte from `i` on that needs attention in a string, or `n`, for the last sixteen bytes of a
    /// text: eight at a time, then bytewise.
    @inline(__always)
    private static func scanTail(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var i = start
        while i &+ 8 <= n {
            let special = Self.specialBytes(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
            if special != 0 { return i &+ special.trailingZeroBitCount >> 3 }
            i &+= 8
        }
        while i < n, isPlain(p[i]) { i &+= 1 }
        return i
    }

    /// Printable ASCII other than quote and backslash: one compare for 0x20...0x7F, then the two that matter.
    @inline(__always)
    private static func isPlain(_ c: UInt8) -> Bool {
        c &- 0x20 < 0x60 && c != UInt8(ascii: "\"") && c != UInt8(ascii: "\\")
    }

    /// The index of the first byte of `v` that is a quote, a backslash, below 0x20 or above 0x7F; 16 if none.
    @inline(__always)
    static func firstSpecial(_ v: SIMD16<UInt8>) -> Int {
        // Shifted down by 0x20 (wrapping), control characters and non-ASCII bytes are exactly those >= 0x60.
        let shifted = v &- SIMD16<UInt8>(repeating: 0x20)
        let special = (v .== SIMD16<UInt8>(repeating: UInt8(ascii: "\""))) .| (v .== SIMD16<UInt8>(repeating: UInt8(ascii: "\\")))
            .| (shifted .>= SIMD16<UInt8>(repeating: 0x60))
        // Each lane of the mask is all ones or all zeros, so the halves' trailing zero bits count bytes.
        let lanes = unsafeBitCast(special, to: SIMD2<UInt64>.self)
        if lanes[0] != 0 { return lanes[0].trailingZeroBitCount >> 3 }
        if lanes[1] != 0 { return 8 + lanes[1].trailingZeroBitCount >> 3 }
        return 16
    }

    /// A mask with the high bit set in (at least) the lowest byte of `v` that is a quote, a backslash, below
    /// 0x20 or above 0x7F, and nothing below it: SWAR ("SIMD within a register") zero-byte tests. Borrows only
    /// travel upwards, so the lowest set bit is exact; that is all the caller uses.
    @inline(__always)
    static func specialBytes(_ v: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = v ^ 0x2222_2222_2222_2222
        let backslash = v ^ 0x5C5C_5C5C_5C5C_5C5C
        let control = (v &- 0x2020_2020_2020_2020) & ~v
        let quoteZero = (quote &- ones) & ~quote
        let backslashZero = (backslash &- ones) & ~backslash
        return (control | quoteZero | backslashZero | v) & high
    }

    @inline(never)
    private static func scanEscape(_ p: UnsafePointer<UInt8>, _ backslash: Int, _ n: Int) throws(JSONError) -> Int {
        let i = backslash + 1
        guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
        switch p[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return i + 1
        case UInt8(ascii: "u"):
            guard i + 4 < n else { throw JSONError(reason: .unexpectedEnd, offset: n) }
            for k in 1...4 where hexValue(p[i + k]) == nil {
                throw JSONError(reason: .invalidEscape, offset: i + k)
            }
            return i + 5
        default:
            throw JSONError(reason: .invalidEscape, offset: i)
        }
    }

    @inline(__always)
    private static func scanNumber(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int, _ nodes: UnsafeMutablePointer<JSONDocument.Node>, _ count: inout Int
    ) throws(JSONError) -> Int {
        var i = start
        if p[i] == UInt8(ascii: "-") { i &+= 1 }
        guard i < n, isDigit(p[i]) else { throw JSONError(reason: .invalidNumber, offset: i) }
        if p[i] == UInt8(ascii: "0") {
            i &+= 1
        } else {
            repeat { i &+= 1 } while i < n && isDigit(p[i])
        }
        if i < n, p[i] == UInt8(ascii: ".") {
            i &+= 1
            guard i < n, isDigit(p[i]) else { throw JSONError(reason: .invalidNumber, offset: i) }
            repeat { i &+= 1 } while i < n && isDigit(p[i])
        }
        // `e` or `E`: no other byte folds to `e`.
        if i < n, p[i] | 0x20 == UInt8(ascii: "e") {
            i &+= 1
            if i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i &+= 1 }
            guard i < n, isDigit(p[i]) else { throw JSONError(reason: .invalidNumber, offset: i) }
            repeat { i &+= 1 } while i < n && isDigit(p[i])
        }
        nodes[count] = .init(kind: .number, escaped: false, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i), next: Int32(truncatingIfNeeded: count &+ 1))
        count &+= 1
        return i
    }

    /// `true`, `false` or `null` at `start`: its last four bytes compared as one word (`tail`, little-endian),
    /// after the first byte that chose it.
    @inline(__always)
    private static func scanLiteral(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int, _ tail: UInt32, _ word: StaticString, _ kind: JSONDocument.Kind,
        _ nodes: UnsafeMutablePointer<JSONDocument.Node>, _ count: inout Int
    ) throws(JSONError) -> Int {
        let length = word.utf8CodeUnitCount
        let end = start &+ length
        guard end <= n, UInt32(littleEndian: UnsafeRawPointer(p + (end &- 4)).loadUnaligned(as: UInt32.self)) == tail else {
            throw literalError(p, start, n, word)
        }
        nodes[count] = .init(kind: kind, escaped: false, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), next: Int32(truncatingIfNeeded: count &+ 1))
        count &+= 1
        return end
    }

    @inline(never)
    private static func literalError(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int, _ word: StaticString) -> JSONError {
        let length = word.utf8CodeUnitCount
        guard start + length <= n else { return JSONError(reason: .unexpectedEnd, offset: n) }
        let w = word.utf8Start
        for k in 0..<length where p[start + k] != w[k] {
            return JSONError(reason: .unexpectedByte, offset: start + k)
        }
        return JSONError(reason: .unexpectedByte, offset: start)
    }
}

@inline(__always)
func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }

@inline(__always)
func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
    default: return nil
    }
}

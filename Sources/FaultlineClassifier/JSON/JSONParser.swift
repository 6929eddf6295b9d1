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
    /// Where the scanner writes nodes and keeps its stack of open containers: raw memory, so the per-node
    /// work is a store, not an array append with its uniqueness and capacity checks. Copied into the
    /// document's array (one `memcpy`) at the end.
    private let scratch: Scratch
    private var nodes: [JSONDocument.Node] = []
    /// Nodes written so far, and open containers (indices of their nodes), innermost last.
    private var count = 0
    private var depth = 0

    public init(maxDepth: Int = 512) {
        self.maxDepth = maxDepth
        scratch = Scratch(nodes: 256, depth: maxDepth)
    }

    /// Parses `bytes` (one complete JSON text, surrounding whitespace allowed).
    ///
    /// Texts are shorter than `Int32.max` bytes and have at most one node per byte, so in the scanner byte
    /// indices and node counts neither overflow nor lose bits as `Int32`: its arithmetic is unchecked.
    public mutating func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONError) -> JSONDocument {
        guard bytes.count < Int(Int32.max) else { throw JSONError(reason: .tooLarge, offset: 0) }
        count = 0
        depth = 0
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !bytes.isEmpty else {
            throw JSONError(reason: .unexpectedEnd, offset: 0)
        }
        try scan(base, count: bytes.count)
        // Refilled in place: no allocation once the last document has been released.
        nodes.removeAll(keepingCapacity: true)
        nodes.append(contentsOf: UnsafeBufferPointer(start: scratch.nodes, count: count))
        return JSONDocument(bytes: bytes, nodes: nodes)
    }

    /// The scanner's memory: one per parser, grown when a text has more nodes than it holds.
    private final class Scratch {
        var nodes: UnsafeMutablePointer<JSONDocument.Node>
        var capacity: Int
        let open: UnsafeMutablePointer<Int32>

        init(nodes capacity: Int, depth: Int) {
            self.capacity = capacity
            nodes = .allocate(capacity: capacity)
            open = .allocate(capacity: max(depth, 1))
        }

        func grow(keeping count: Int) {
            let bigger = UnsafeMutablePointer<JSONDocument.Node>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: nodes, count: count)
            nodes.deallocate()
            nodes = bigger
            capacity *= 2
        }

        deinit {
            nodes.deallocate()
            open.deallocate()
        }
    }

    @inline(__always)
    private mutating func push(_ node: JSONDocument.Node) {
        if count == scratch.capacity { scratch.grow(keeping: count) }
        (scratch.nodes + count).initialize(to: node)
        count &+= 1
    }

    // MARK: - The scanner

    private mutating func scan(_ p: UnsafePointer<UInt8>, count n: Int) throws(JSONError) {
        var i = skipWhitespace(p, 0, n)
        valueLoop: while true {
            // A value is expected at i.
            guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
            switch p[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = p[i] == UInt8(ascii: "{")
                guard depth < maxDepth else { throw JSONError(reason: .tooDeep, offset: i) }
                scratch.open[depth] = Int32(truncatingIfNeeded: count)
                depth &+= 1
                push(.init(kind: isObject ? .object : .array, escaped: false, start: Int32(truncatingIfNeeded: i), end: 0, next: 0))
                i = skipWhitespace(p, i &+ 1, n)
                guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
                let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if p[i] != closer {
                    if isObject { i = try scanKey(p, i, n) }
                    continue valueLoop
                }
                // Empty container: fall through to closing it below.
            case UInt8(ascii: "\""):
                i = try scanString(p, i, n)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                i = try scanNumber(p, i, n)
            case UInt8(ascii: "t"):
                i = try scanLiteral(p, i, n, "true", .true)
            case UInt8(ascii: "f"):
                i = try scanLiteral(p, i, n, "false", .false)
            case UInt8(ascii: "n"):
                i = try scanLiteral(p, i, n, "null", .null)
            case 0:
                throw JSONError(reason: .nulByte, offset: i)
            default:
                throw JSONError(reason: .unexpectedByte, offset: i)
            }

            // After a value (or at an empty container's closer): close containers or move to the next value.
            while true {
                i = skipWhitespace(p, i, n)
                if i < n, depth > 0, isCloser(p[i], for: scratch.nodes[Int(scratch.open[depth &- 1])].kind) {
                    let top = Int(scratch.open[depth &- 1])
                    scratch.nodes[top].end = Int32(truncatingIfNeeded: i &+ 1)
                    scratch.nodes[top].next = Int32(truncatingIfNeeded: count)
                    depth &-= 1
                    i &+= 1
                    continue
                }
                guard depth > 0 else {
                    guard i == n else {
                        throw JSONError(reason: p[i] == 0 ? .nulByte : .trailingContent, offset: i)
                    }
                    return
                }
                guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
                guard p[i] == UInt8(ascii: ",") else {
                    throw JSONError(reason: p[i] == 0 ? .nulByte : .unexpectedByte, offset: i)
                }
                i = skipWhitespace(p, i &+ 1, n)
                if scratch.nodes[Int(scratch.open[depth &- 1])].kind == .object { i = try scanKey(p, i, n) }
                continue valueLoop
            }
        }
    }

    @inline(__always)
    private func isCloser(_ byte: UInt8, for kind: JSONDocument.Kind) -> Bool {
        byte == (kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    @inline(__always)
    private func skipWhitespace(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var i = start
        while i < n {
            let c = p[i]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { break }
            i &+= 1
        }
        return i
    }

    /// Scans `"key"` `:` and the whitespace after it; returns the index of the member's value.
    private mutating func scanKey(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) throws(JSONError) -> Int {
        guard start < n else { throw JSONError(reason: .unexpectedEnd, offset: start) }
        guard p[start] == UInt8(ascii: "\"") else {
            throw JSONError(reason: p[start] == 0 ? .nulByte : .unexpectedByte, offset: start)
        }
        var i = skipWhitespace(p, try scanString(p, start, n), n)
        guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
        guard p[i] == UInt8(ascii: ":") else { throw JSONError(reason: .unexpectedByte, offset: i) }
        i = skipWhitespace(p, i &+ 1, n)
        return i
    }

    /// Scans a string starting at its opening quote; appends its node; returns the index after the closing quote.
    /// Inlined: two strings in three are keys, and most are short, so a call would cost more than the scan.
    @inline(__always)
    private mutating func scanString(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) throws(JSONError) -> Int {
        var i = start &+ 1
        var escaped = false
        while true {
            // Fast path: plain printable ASCII, sixteen bytes at a time (most keys and values end within the
            // first block), landing exactly on the first byte that needs attention (quote, backslash, control
            // character, non-ASCII); eight at a time, then bytewise, near the end.
            var landed = false
            while i &+ 16 <= n {
                let k = Self.firstSpecial(UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self))
                i &+= k
                if k < 16 {
                    landed = true
                    break
                }
            }
            if !landed {
                while i &+ 8 <= n {
                    let special = Self.specialBytes(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                    if special != 0 {
                        i &+= special.trailingZeroBitCount >> 3
                        landed = true
                        break
                    }
                    i &+= 8
                }
                if !landed {
                    while i < n, isPlain(p[i]) { i &+= 1 }
                }
            }
            guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
            let c = p[i]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") {
                escaped = true
                i = try scanEscape(p, i, n)
            } else if c < 0x20 {
                throw JSONError(reason: c == 0 ? .nulByte : .controlCharacter, offset: i)
            } else {
                i = try UTF8Validation.skipSequence(p, i, n)
            }
        }
        push(.init(kind: .string, escaped: escaped, start: Int32(truncatingIfNeeded: start &+ 1), end: Int32(truncatingIfNeeded: i), next: Int32(truncatingIfNeeded: count &+ 1)))
        return i &+ 1
    }

    /// Printable ASCII other than quote and backslash: one compare for 0x20...0x7F, then the two that matter.
    @inline(__always)
    private func isPlain(_ c: UInt8) -> Bool {
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

    private func scanEscape(_ p: UnsafePointer<UInt8>, _ backslash: Int, _ n: Int) throws(JSONError) -> Int {
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

    private mutating func scanNumber(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) throws(JSONError) -> Int {
        var i = start
        if p[i] == UInt8(ascii: "-") { i += 1 }
        guard i < n, isDigit(p[i]) else { throw JSONError(reason: .invalidNumber, offset: i) }
        if p[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while i < n, isDigit(p[i]) { i &+= 1 }
        }
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            guard i < n, isDigit(p[i]) else { throw JSONError(reason: .invalidNumber, offset: i) }
            while i < n, isDigit(p[i]) { i &+= 1 }
        }
        if i < n, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
            guard i < n, isDigit(p[i]) else { throw JSONError(reason: .invalidNumber, offset: i) }
            while i < n, isDigit(p[i]) { i &+= 1 }
        }
        push(.init(kind: .number, escaped: false, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i), next: Int32(truncatingIfNeeded: count &+ 1)))
        return i
    }

    private mutating func scanLiteral(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int, _ word: StaticString, _ kind: JSONDocument.Kind
    ) throws(JSONError) -> Int {
        let length = word.utf8CodeUnitCount
        guard start + length <= n else { throw JSONError(reason: .unexpectedEnd, offset: n) }
        let w = word.utf8Start
        for k in 0..<length where p[start + k] != w[k] {
            throw JSONError(reason: .unexpectedByte, offset: start + k)
        }
        push(.init(kind: kind, escaped: false, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: start &+ length), next: Int32(truncatingIfNeeded: count &+ 1)))
        return start + length
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

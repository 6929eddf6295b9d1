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
/// Reuse one parser per thread: it keeps its node buffer between documents. Nesting is limited (default 512)
/// and tracked without recursion, so a 10,000-deep input is rejected, never a stack overflow.
public struct JSONParser {
    public let maxDepth: Int
    private var nodes: [JSONDocument.Node] = []
    private var open: [Int32] = []

    public init(maxDepth: Int = 512) {
        self.maxDepth = maxDepth
        nodes.reserveCapacity(256)
        open.reserveCapacity(32)
    }

    /// Parses `bytes` (one complete JSON text, surrounding whitespace allowed).
    public mutating func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONError) -> JSONDocument {
        guard bytes.count < Int(Int32.max) else { throw JSONError(reason: .tooLarge, offset: 0) }
        nodes.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !bytes.isEmpty else {
            throw JSONError(reason: .unexpectedEnd, offset: 0)
        }
        try scan(base, count: bytes.count)
        return JSONDocument(bytes: bytes, nodes: nodes)
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
                guard open.count < maxDepth else { throw JSONError(reason: .tooDeep, offset: i) }
                open.append(Int32(nodes.count))
                nodes.append(.init(kind: isObject ? .object : .array, escaped: false, start: Int32(i), end: 0, next: 0))
                i = skipWhitespace(p, i + 1, n)
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
                if i < n, let top = open.last, isCloser(p[i], for: nodes[Int(top)].kind) {
                    nodes[Int(top)].end = Int32(i + 1)
                    nodes[Int(top)].next = Int32(nodes.count)
                    open.removeLast()
                    i += 1
                    continue
                }
                guard let top = open.last else {
                    guard i == n else {
                        throw JSONError(reason: p[i] == 0 ? .nulByte : .trailingContent, offset: i)
                    }
                    return
                }
                guard i < n else { throw JSONError(reason: .unexpectedEnd, offset: i) }
                guard p[i] == UInt8(ascii: ",") else {
                    throw JSONError(reason: p[i] == 0 ? .nulByte : .unexpectedByte, offset: i)
                }
                i = skipWhitespace(p, i + 1, n)
                if nodes[Int(top)].kind == .object { i = try scanKey(p, i, n) }
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
            i += 1
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
        i = skipWhitespace(p, i + 1, n)
        return i
    }

    /// Scans a string starting at its opening quote; appends its node; returns the index after the closing quote.
    private mutating func scanString(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) throws(JSONError) -> Int {
        var i = start + 1
        var escaped = false
        while true {
            // Fast path: plain printable ASCII. Most strings in a log line are short keys and values, so the
            // first bytes go one at a time; a long one (a URL, a message, an embedded body) continues sixteen
            // bytes at a time.
            let shortEnd = min(n, i + 16)
            while i < shortEnd, isPlain(p[i]) { i += 1 }
            if i == shortEnd, i < n {
                i = skipPlainASCII(p, i, n)
                while i < n, isPlain(p[i]) { i += 1 }
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
        nodes.append(.init(kind: .string, escaped: escaped, start: Int32(start + 1), end: Int32(i), next: Int32(nodes.count + 1)))
        return i + 1
    }

    /// Printable ASCII other than quote and backslash: one compare for 0x20...0x7F, then the two that matter.
    @inline(__always)
    private func isPlain(_ c: UInt8) -> Bool {
        c &- 0x20 < 0x60 && c != UInt8(ascii: "\"") && c != UInt8(ascii: "\\")
    }

    /// Skips 16-byte blocks holding no quote, backslash, control character or non-ASCII byte.
    @inline(__always)
    private func skipPlainASCII(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var i = start
        let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        let space = SIMD16<UInt8>(repeating: 0x20)
        let high = SIMD16<UInt8>(repeating: 0x80)
        while i + 16 <= n {
            let block = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let special = (block .== quote) .| (block .== backslash) .| (block .< space) .| (block .>= high)
            if any(special) { break }
            i += 16
        }
        return i
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
            while i < n, isDigit(p[i]) { i += 1 }
        }
        if i < n, p[i] == UInt8(ascii: ".") {
            i += 1
            guard i < n, isDigit(p[i]) else { throw JSONError(reason: .invalidNumber, offset: i) }
            while i < n, isDigit(p[i]) { i += 1 }
        }
        if i < n, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
            guard i < n, isDigit(p[i]) else { throw JSONError(reason: .invalidNumber, offset: i) }
            while i < n, isDigit(p[i]) { i += 1 }
        }
        nodes.append(.init(kind: .number, escaped: false, start: Int32(start), end: Int32(i), next: Int32(nodes.count + 1)))
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
        nodes.append(.init(kind: kind, escaped: false, start: Int32(start), end: Int32(start + length), next: Int32(nodes.count + 1)))
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

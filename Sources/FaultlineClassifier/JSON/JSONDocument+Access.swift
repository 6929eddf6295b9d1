/// Reading values out of a document by key, path and type.
extension JSONDocument {
    /// The value of `key` in the object at `object`, or nil (also when `object` is not an object).
    /// Duplicate keys: the first one wins.
    public func member(_ object: Int, _ key: String) -> Int? {
        member(object, key, ignoringCase: false)
    }

    /// Like `member`, comparing ASCII letters without regard to case (HTTP header names).
    public func memberIgnoringCase(_ object: Int, _ key: String) -> Int? {
        member(object, key, ignoringCase: true)
    }

    private func member(_ object: Int, _ key: String, ignoringCase: Bool) -> Int? {
        guard nodes[object].kind == .object else { return nil }
        var key = key
        return key.withUTF8 { wanted in
            var child = object + 1
            let end = Int(nodes[object].next)
            while child < end {
                let value = child + 1
                if keyEquals(child, wanted, ignoringCase: ignoringCase) { return value }
                child = Int(nodes[value].next)
            }
            return nil
        }
    }

    /// Follows a dotted path of object keys (`response.headers`), one key per element.
    public func value(at path: [String], from start: Int = 0) -> Int? {
        var current = start
        for key in path {
            guard let next = member(current, key) else { return nil }
            current = next
        }
        return current
    }

    /// The members of an object as (key index, value index) pairs.
    public func members(_ object: Int) -> [(key: Int, value: Int)] {
        guard nodes[object].kind == .object else { return [] }
        var result: [(key: Int, value: Int)] = []
        var child = object + 1
        let end = Int(nodes[object].next)
        while child < end {
            result.append((child, child + 1))
            child = Int(nodes[child + 1].next)
        }
        return result
    }

    /// Calls `body` with each member of the object at `object` in order (nothing when it is not an object):
    /// the key's index, the key's bytes when it has no escapes (nil when it must be decoded), and the value's
    /// index; stops early when `body` returns false. Reads the nodes through a pointer: per-line field lookups
    /// walk every top-level key.
    @inlinable
    public func forEachMember(of object: Int, _ body: (_ key: Int, _ keyBytes: UnsafeRawBufferPointer?, _ value: Int) -> Bool) {
        nodes.withUnsafeBufferPointer { nodes in
            let container = nodes[object]
            guard container.kind == .object else { return }
            let text = bytes.baseAddress
            let end = Int(container.next)
            var key = object &+ 1
            while key < end {
                let keyNode = nodes[key]
                let value = key &+ 1
                let raw = keyNode.escaped ? nil
                    : UnsafeRawBufferPointer(start: text.map { $0 + Int(keyNode.start) }, count: Int(keyNode.end &- keyNode.start))
                guard body(key, raw, value) else { return }
                key = Int(nodes[value].next)
            }
        }
    }

    /// The elements of an array.
    public func elements(_ array: Int) -> [Int] {
        guard nodes[array].kind == .array else { return [] }
        var result: [Int] = []
        var child = array + 1
        let end = Int(nodes[array].next)
        while child < end {
            result.append(child)
            child = Int(nodes[child].next)
        }
        return result
    }

    /// Number of nodes in the subtree at `index` (including itself); 1 for scalars.
    @inlinable public func subtreeSize(_ index: Int) -> Int { Int(nodes[index].next) - index }

    public func isNull(_ index: Int) -> Bool { nodes[index].kind == .null }

    /// The decoded text of a string value; nil for other kinds.
    public func string(_ index: Int) -> String? {
        let node = nodes[index]
        guard node.kind == .string else { return nil }
        let raw = rawBytes(index)
        if !node.escaped { return String(decoding: raw, as: UTF8.self) }
        return String(decoding: JSONStringDecoder.unescape(raw), as: UTF8.self)
    }

    /// The decoded bytes of a string value (escapes resolved); nil for other kinds.
    public func stringBytes(_ index: Int) -> [UInt8]? {
        let node = nodes[index]
        guard node.kind == .string else { return nil }
        return node.escaped ? JSONStringDecoder.unescape(rawBytes(index)) : Array(rawBytes(index))
    }

    /// A string value's text if it needs no decoding; lets hot paths compare without allocating.
    @inlinable public func unescapedStringBytes(_ index: Int) -> UnsafeRawBufferPointer? {
        let node = nodes[index]
        guard node.kind == .string, !node.escaped else { return nil }
        return rawBytes(index)
    }

    /// An integer value: a JSON number without fraction or exponent, or a string of digits ("404").
    public func integer(_ index: Int) -> Int? {
        let node = nodes[index]
        guard node.kind == .number || (node.kind == .string && !node.escaped) else { return nil }
        let raw = rawBytes(index)
        guard !raw.isEmpty, raw.count <= 20 else { return nil }
        let negative = raw[0] == UInt8(ascii: "-")
        let first = negative ? 1 : 0
        let n = raw.count
        guard n > first else { return nil }
        // Up to 18 digits cannot overflow (Int.max has 19), so the status codes and epoch times of every line
        // are summed without a check per digit.
        var value = 0
        var k = first
        while k < n {
            let digit = raw[k] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            if k &- first < 18 {
                value = value &* 10 &+ Int(digit)
            } else {
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = times10.addingReportingOverflow(Int(digit))
                guard !overflow1, !overflow2 else { return nil }
                value = next
            }
            k &+= 1
        }
        return negative ? -value : value
    }

    /// A number value as a Double (also a numeric string).
    public func double(_ index: Int) -> Double? {
        let node = nodes[index]
        guard node.kind == .number || (node.kind == .string && !node.escaped) else { return nil }
        let raw = rawBytes(index)
        return Self.shortDecimal(raw) ?? Double(String(decoding: raw, as: UTF8.self))
    }

    private static let exactPowersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    /// `[-]digits[.digits]` with at most 15 digits in all (epoch seconds with milliseconds, amounts), read
    /// without making a String: the digits as an integer are exact in a Double and so is a power of ten up to
    /// 10^22, so their quotient is the correctly rounded value, the same Double that parsing the text gives.
    /// nil for anything else (exponents, more digits), which the caller parses as text.
    static func shortDecimal(_ raw: UnsafeRawBufferPointer) -> Double? {
        let n = raw.count
        guard n > 0, n <= 17 else { return nil }
        var k = raw[0] == UInt8(ascii: "-") ? 1 : 0
        let negative = k == 1
        var mantissa = 0
        var digits = 0
        var fraction = -1  // digits after the point; -1 before one is seen
        while k < n {
            let c = raw[k]
            if c &- UInt8(ascii: "0") < 10 {
                mantissa = mantissa &* 10 &+ Int(c &- UInt8(ascii: "0"))
                digits &+= 1
                if fraction >= 0 { fraction &+= 1 }
            } else if c == UInt8(ascii: "."), fraction < 0, digits > 0 {
                fraction = 0
            } else {
                return nil
            }
            k &+= 1
        }
        guard digits > 0, digits <= 15, fraction != 0 else { return nil }
        let value = Double(mantissa) / exactPowersOfTen[max(fraction, 0)]
        return negative ? -value : value
    }

    public func bool(_ index: Int) -> Bool? {
        switch nodes[index].kind {
        case .true: return true
        case .false: return false
        default: return nil
        }
    }

    private func keyEquals(_ keyIndex: Int, _ wanted: UnsafeBufferPointer<UInt8>, ignoringCase: Bool) -> Bool {
        let node = nodes[keyIndex]
        if node.escaped {
            let decoded = JSONStringDecoder.unescape(rawBytes(keyIndex))
            return decoded.withUnsafeBufferPointer { bytesEqual(UnsafeRawBufferPointer($0), wanted, ignoringCase) }
        }
        return bytesEqual(rawBytes(keyIndex), wanted, ignoringCase)
    }

    private func bytesEqual(_ a: UnsafeRawBufferPointer, _ b: UnsafeBufferPointer<UInt8>, _ ignoringCase: Bool) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count {
            var x = a[k]
            var y = b[k]
            if ignoringCase {
                if x &- UInt8(ascii: "A") < 26 { x |= 0x20 }
                if y &- UInt8(ascii: "A") < 26 { y |= 0x20 }
            }
            if x != y { return false }
        }
        return true
    }
}

extension JSONDocument {
    /// True when some string in the subtree at `index` (a key or a value) is exactly `text`.
    public func containsString(_ text: StaticString, within index: Int) -> Bool {
        firstString(in: index, matchingAnyOf: [text]) != nil
    }

    /// The first string node (a key or a value) in the subtree at `index`, starting at node `from`, that is
    /// exactly one of `texts` (unescaped). Walks nodes, not bytes, and compares only strings of a matching
    /// length: a quick "could this body hold an error object?" test for success responses.
    public func firstString(in index: Int, from: Int? = nil, matchingAnyOf texts: [StaticString]) -> Int? {
        let end = Int(nodes[index].next)
        var i = from ?? index
        while i < end {
            let node = nodes[i]
            if node.kind == .string, !node.escaped {
                let length = Int(node.end - node.start)
                for text in texts where text.utf8CodeUnitCount == length {
                    let wanted = text.utf8Start
                    let start = Int(node.start)
                    var k = 0
                    while k < length, bytes[start + k] == wanted[k] { k += 1 }
                    if k == length { return i }
                }
            }
            i += 1
        }
        return nil
    }
}

/// Strict UTF-8 checks (no overlongs, no surrogates, nothing above U+10FFFF), as RFC 3629 defines them.
public enum UTF8Validation {
    /// Validates the multi-byte sequence starting at `i` (whose lead byte is >= 0x80); returns the index after it.
    @inline(__always)
    static func skipSequence(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) throws(JSONError) -> Int {
        let lead = p[i]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw JSONError(reason: .invalidUTF8, offset: i)
        }
        guard i + length <= n else { throw JSONError(reason: .invalidUTF8, offset: i) }
        let second = p[i + 1]
        guard second >= low, second <= high else { throw JSONError(reason: .invalidUTF8, offset: i + 1) }
        var k = 2
        while k < length {
            guard p[i + k] & 0xC0 == 0x80 else { throw JSONError(reason: .invalidUTF8, offset: i + k) }
            k += 1
        }
        return i + length
    }

    /// True when every byte sequence in `bytes` is valid UTF-8.
    public static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            if base[i] < 0x80 {
                i += 1
                continue
            }
            do {
                i = try skipSequence(base, i, n)
            } catch {
                return false
            }
        }
        return true
    }
}

/// Substring search over raw bytes, for quick "could this body hold an error?" checks on the hot path.
enum ByteSearch {
    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        guard length > 0, haystack.count >= length else { return length == 0 }
        let n = needle.utf8Start
        let first = n[0]
        var i = 0
        let last = haystack.count - length
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < length, haystack[i + k] == n[k] { k += 1 }
                if k == length { return true }
            }
            i += 1
        }
        return false
    }
}

extension ByteSearch {
    /// Whether the bytes are exactly the text.
    static func equals(_ bytes: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard bytes.count == length else { return false }
        let t = text.utf8Start
        for k in 0..<length where bytes[k] != t[k] { return false }
        return true
    }
}

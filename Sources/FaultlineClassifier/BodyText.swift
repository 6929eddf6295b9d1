/// Small helpers for bodies that are not JSON: trimming, an HTML page's title, a bounded excerpt.
enum BodyText {
    /// Longest message kept from a text body; a 50 MB error page must not become a 50 MB message.
    static let excerptLimit = 300

    /// Longest message or param kept from a JSON body: enough for any real error text, and a 50 MB field
    /// does not become a 50 MB row in the store.
    static let fieldLimit = 4096

    /// `text` cut to `fieldLimit` bytes (at a character boundary) with "…" when longer.
    static func bounded(_ text: String?) -> String? {
        guard let text, text.utf8.count > fieldLimit else { return text }
        return TextCut.prefix(text, maxBytes: fieldLimit) + "…"
    }

    static func trimmingWhitespace(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    /// The first `excerptLimit` bytes as text (invalid UTF-8 repaired, whitespace runs collapsed).
    static func excerpt(_ bytes: UnsafeRawBufferPointer) -> String? {
        let cut = UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, excerptLimit)])
        let text = String(decoding: cut, as: UTF8.self)
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }

    /// The `<title>` of an HTML page (gateways' 502 pages say what failed there), else its start.
    static func htmlTitle(_ bytes: UnsafeRawBufferPointer) -> String? {
        let headBytes = UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, 4096)])
        if let title = asciiTitle(headBytes) {
            if let title {
                let cleaned = String(decoding: title, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                if !cleaned.isEmpty { return String(cleaned.prefix(excerptLimit)) }
            }
            return excerpt(bytes)
        }
        let head = String(decoding: headBytes, as: UTF8.self)
        let lower = head.lowercased()
        if let open = lower.firstRange(of: "<title>"), let close = lower[open.upperBound...].firstRange(of: "</title>") {
            let startOffset = lower.distance(from: lower.startIndex, to: open.upperBound)
            let endOffset = lower.distance(from: lower.startIndex, to: close.lowerBound)
            let title = head.dropFirst(startOffset).prefix(endOffset - startOffset)
            let cleaned = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !cleaned.isEmpty { return String(cleaned.prefix(excerptLimit)) }
        }
        return excerpt(bytes)
    }

    /// The text between the first `<title>` and the next `</title>` (any case) of an ASCII head, found on
    /// bytes: in ASCII text lower-casing is per byte and neither tag can be part of a longer character, so
    /// this is what the character-level search finds. `.some(nil)` when there is no title, nil when the head
    /// is not ASCII. Gateways' error pages come here, and searching them as `String`s costs tens of
    /// thousands of instructions each.
    private static func asciiTitle(_ head: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer?? {
        for c in head where c >= 0x80 { return nil }
        guard let open = find("<title>", in: head, from: 0) else { return .some(nil) }
        let start = open + 7
        guard let close = find("</title>", in: head, from: start) else { return .some(nil) }
        return .some(UnsafeRawBufferPointer(rebasing: head[start..<close]))
    }

    /// The offset of the first occurrence of lower-case ASCII `tag` in `text` at or after `from`, comparing
    /// ASCII letters without regard to case.
    private static func find(_ tag: StaticString, in text: UnsafeRawBufferPointer, from: Int) -> Int? {
        let wanted = tag.utf8Start
        let m = tag.utf8CodeUnitCount
        guard text.count >= m else { return nil }
        var i = from
        while i <= text.count - m {
            var k = 0
            while k < m {
                let c = text[i + k]
                if (c &- UInt8(ascii: "A") < 26 ? c | 0x20 : c) != wanted[k] { break }
                k += 1
            }
            if k == m { return i }
            i += 1
        }
        return nil
    }

    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }
}

import FaultlineClassifier

/// Removes card numbers, API keys and bearer tokens from text before it is written anywhere.
///
/// Card numbers: 13–19 digits, optionally grouped by single spaces or dashes, passing the Luhn check
/// (so order ids and timestamps mostly survive). Keys: `sk_live_…`, `sk_test_…` (and `rk_`), and the token
/// after `Bearer `.
public struct Redactor: Sendable {
    public static let cardMark = "[REDACTED CARD]"
    public static let keyMark = "[REDACTED KEY]"
    public static let tokenMark = "[REDACTED TOKEN]"

    public let enabled: Bool

    public init(enabled: Bool = true) { self.enabled = enabled }

    /// The first `limit` bytes of `bytes` as text, redacted before they are cut: a card number or key that
    /// straddles the limit is replaced whole instead of leaving its first digits behind.
    public func redactedPrefix(_ bytes: UnsafeRawBufferPointer, limit: Int) -> (text: String, count: Int) {
        let window = String(decoding: UnsafeRawBufferPointer(rebasing: bytes.prefix(limit + 128)), as: UTF8.self)
        let result = redact(window)
        return (TextCut.prefix(result.text, maxBytes: limit), result.count)
    }

    /// The text with secrets replaced, and how many were replaced.
    public func redact(_ text: String) -> (text: String, count: Int) {
        guard enabled, mayContainSecret(text) else { return (text, 0) }
        var bytes = Array(text.utf8)
        var count = 0
        count += replaceKeys(&bytes)
        count += replaceBearerTokens(&bytes)
        count += replaceCardNumbers(&bytes)
        return count == 0 ? (text, 0) : (String(decoding: bytes, as: UTF8.self), count)
    }

    /// Most messages hold no secret; this keeps them on the fast path (bytes only, no string searching).
    private func mayContainSecret(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var run = 0
            for i in 0..<b.count {
                let c = b[i]
                if c &- UInt8(ascii: "0") < 10 {
                    run += 1
                    if run >= 13 { return true }
                    continue
                }
                if c != UInt8(ascii: " ") && c != UInt8(ascii: "-") { run = 0 }
                // "k_live_"/"k_test_" and "bearer " (any case).
                if c == UInt8(ascii: "_"), i >= 1, b[i - 1] == UInt8(ascii: "k"), i + 5 < b.count,
                    b[i + 5] == UInt8(ascii: "_")
                {
                    return true
                }
                if c == UInt8(ascii: " "), i >= 6, b[i - 1] | 0x20 == UInt8(ascii: "r"), b[i - 2] | 0x20 == UInt8(ascii: "e"),
                    b[i - 3] | 0x20 == UInt8(ascii: "r"), b[i - 4] | 0x20 == UInt8(ascii: "a"), b[i - 5] | 0x20 == UInt8(ascii: "e"),
                    b[i - 6] | 0x20 == UInt8(ascii: "b")
                {
                    return true
                }
            }
            return false
        }
    }

    private func replaceKeys(_ bytes: inout [UInt8]) -> Int {
        var count = 0
        for prefix in ["sk_live_", "sk_test_", "rk_live_", "rk_test_"] {
            let p = Array(prefix.utf8)
            var i = 0
            while i + p.count <= bytes.count {
                if bytes[i..<i + p.count].elementsEqual(p) {
                    var end = i + p.count
                    while end < bytes.count, isTokenByte(bytes[end]) { end += 1 }
                    if end > i + p.count {
                        bytes.replaceSubrange(i..<end, with: Self.keyMark.utf8)
                        count += 1
                        i += Self.keyMark.utf8.count
                        continue
                    }
                }
                i += 1
            }
        }
        return count
    }

    private func replaceBearerTokens(_ bytes: inout [UInt8]) -> Int {
        var count = 0
        var i = 0
        let word = Array("bearer ".utf8)
        while i + word.count < bytes.count {
            let matches = (0..<word.count).allSatisfy { k in
                let c = bytes[i + k]
                return (c &- UInt8(ascii: "A") < 26 ? c | 0x20 : c) == word[k]
            }
            if matches {
                let start = i + word.count
                var end = start
                while end < bytes.count, isTokenByte(bytes[end]) || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "/")
                    || bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "=") || bytes[end] == UInt8(ascii: "~")
                {
                    end += 1
                }
                if end > start, !bytes[start..<end].elementsEqual(Self.tokenMark.utf8) {
                    bytes.replaceSubrange(start..<end, with: Self.tokenMark.utf8)
                    count += 1
                    i = start + Self.tokenMark.utf8.count
                    continue
                }
            }
            i += 1
        }
        return count
    }

    private func replaceCardNumbers(_ bytes: inout [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i < bytes.count {
            // A card number glued to letters ("a4111…") is still a card number: only a digit before it means
            // the run started earlier.
            guard isDigit(bytes[i]), i == 0 || !isDigit(bytes[i - 1]) else {
                i += 1
                continue
            }
            // Extend over digits separated by at most one space or dash.
            var end = i
            var digits: [UInt8] = []
            while end < bytes.count {
                if isDigit(bytes[end]) {
                    digits.append(bytes[end] - UInt8(ascii: "0"))
                    end += 1
                } else if (bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "-")), end + 1 < bytes.count,
                    isDigit(bytes[end + 1])
                {
                    end += 1
                } else {
                    break
                }
            }
            if (13...19).contains(digits.count), Self.passesLuhn(digits) {
                bytes.replaceSubrange(i..<end, with: Self.cardMark.utf8)
                count += 1
                i += Self.cardMark.utf8.count
            } else {
                i = end
            }
        }
        return count
    }

    static func passesLuhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (k, d) in digits.reversed().enumerated() {
            var v = Int(d)
            if k % 2 == 1 {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
        }
        return sum % 10 == 0
    }

    private func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }
    private func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- UInt8(ascii: "a") < 26 }
    private func isTokenByte(_ c: UInt8) -> Bool { isDigit(c) || isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") }
}

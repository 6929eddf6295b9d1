import FaultlineClassifier
import FaultlineStore

/// Removes card numbers, API keys, tokens and credentials from text before it is written anywhere: the one
/// place that knows what a secret looks like. Every text field of an event (message, param, code, decline code,
/// request id, idempotency key, method, host, endpoint), of a kept retry attempt and of a reject excerpt passes
/// through it; endpoint templates (`EndpointTemplate`) never hold a URL's userinfo or query string at all.
///
/// - Card numbers: 13–19 digits, optionally grouped by single spaces or dashes, passing the Luhn check
///   (so order ids and timestamps mostly survive).
/// - Keys: `sk_`, `pk_`, `rk_` followed by `live_` or `test_`, and webhook secrets `whsec_…`.
/// - Tokens: the token after `Bearer ` or `Basic ` (HTTP credentials), and JSON Web Tokens (`eyJ….eyJ….…`).
/// - URLs: the userinfo of `scheme://user:pass@host`, and the value of a query or form parameter whose name
///   says it is secret (`api_key=`, `token=`, `password=`, `card=`, …).
public struct Redactor: Sendable {
    public static let cardMark = "[REDACTED CARD]"
    public static let keyMark = "[REDACTED KEY]"
    public static let tokenMark = "[REDACTED TOKEN]"
    public static let credentialsMark = "[REDACTED]"

    /// Parameter names whose values are secrets, compared without regard to case.
    static let secretParameters: Set<String> = [
        "api_key", "apikey", "key", "secret", "client_secret", "token", "access_token", "refresh_token", "auth",
        "password", "passwd", "pass", "pwd", "card", "card_number", "cardnumber", "pan", "cvc", "cvv", "signature", "sig",
    ]

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
        count += replaceWebTokens(&bytes)
        count += replaceUserinfo(&bytes)
        count += replaceSecretParameters(&bytes)
        count += replaceCardNumbers(&bytes)
        return count == 0 ? (text, 0) : (String(decoding: bytes, as: UTF8.self), count)
    }

    /// `bytes` redacted, or nil when they hold no secret (the caller keeps its bytes as they are).
    public func redacted(bytes: UnsafeRawBufferPointer) -> (text: String, count: Int)? {
        guard enabled, Self.mayContainSecret(bytes) else { return nil }
        let result = redact(String(decoding: bytes, as: UTF8.self))
        return result.count == 0 ? nil : result
    }

    /// Most messages hold no secret; this keeps them on the fast path (bytes only, no string searching).
    private func mayContainSecret(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { Self.mayContainSecret(UnsafeRawBufferPointer($0)) }
    }

    private static func mayContainSecret(_ b: UnsafeRawBufferPointer) -> Bool {
        do {
            var run = 0
            for i in 0..<b.count {
                let c = b[i]
                if c &- UInt8(ascii: "0") < 10 {
                    run += 1
                    if run >= 13 { return true }
                    continue
                }
                if c != UInt8(ascii: " ") && c != UInt8(ascii: "-") { run = 0 }
                // "k_live_"/"k_test_", "whsec_", "bearer " and "basic " (any case), a JWT's "eyJ", a URL's "://"
                // (userinfo) and "=" (a parameter).
                if c == UInt8(ascii: "_"), i >= 1, b[i - 1] == UInt8(ascii: "k"), i + 5 < b.count,
                    b[i + 5] == UInt8(ascii: "_")
                {
                    return true
                }
                if c == UInt8(ascii: "_"), i >= 5, b[i - 1] == UInt8(ascii: "c"), b[i - 2] == UInt8(ascii: "e"),
                    b[i - 3] == UInt8(ascii: "s"), b[i - 4] == UInt8(ascii: "h"), b[i - 5] == UInt8(ascii: "w")
                {
                    return true
                }
                if c == UInt8(ascii: "="), i >= 1, isSecretParameterName(b, endingAt: i) { return true }
                if c == UInt8(ascii: "J"), i >= 2, b[i - 1] == UInt8(ascii: "y"), b[i - 2] == UInt8(ascii: "e") { return true }
                if c == UInt8(ascii: "/"), i >= 2, b[i - 1] == UInt8(ascii: "/"), b[i - 2] == UInt8(ascii: ":") { return true }
                if c == UInt8(ascii: " "), i >= 5, b[i - 1] | 0x20 == UInt8(ascii: "c"), b[i - 2] | 0x20 == UInt8(ascii: "i"),
                    b[i - 3] | 0x20 == UInt8(ascii: "s"), b[i - 4] | 0x20 == UInt8(ascii: "a"), b[i - 5] | 0x20 == UInt8(ascii: "b")
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

    /// `secretParameters` as bytes, for the fast path: `amount=100` must not cost a String.
    private static let secretParameterBytes: [[UInt8]] = secretParameters.map { Array($0.utf8) }
    private static let longestSecretParameter = secretParameters.map(\.utf8.count).max() ?? 0

    /// Whether the word just before `end` (an `=`) is a secret parameter's name, in any case.
    private static func isSecretParameterName(_ b: UnsafeRawBufferPointer, endingAt end: Int) -> Bool {
        var start = end
        while start > 0, end - start <= longestSecretParameter, isTokenByteStatic(b[start - 1]) { start -= 1 }
        let length = end - start
        guard length > 0, length <= longestSecretParameter else { return false }
        return secretParameterBytes.contains { name in
            name.count == length && (0..<length).allSatisfy { k in
                let c = b[start + k]
                return (c &- UInt8(ascii: "A") < 26 ? c | 0x20 : c) == name[k]
            }
        }
    }

    private static func isTokenByteStatic(_ c: UInt8) -> Bool {
        c &- UInt8(ascii: "0") < 10 || (c | 0x20) &- UInt8(ascii: "a") < 26 || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }

    private func replaceKeys(_ bytes: inout [UInt8]) -> Int {
        var count = 0
        for prefix in ["sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "pk_test_", "whsec_"] {
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
        for word in [Array("bearer ".utf8), Array("basic ".utf8)] {
        i = 0
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
        }
        return count
    }

    /// A JSON Web Token: three base64url parts joined by dots, the first two JSON objects (`eyJ` is `{"`).
    private func replaceWebTokens(_ bytes: inout [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + 3 < bytes.count {
            guard bytes[i] == UInt8(ascii: "e"), bytes[i + 1] == UInt8(ascii: "y"), bytes[i + 2] == UInt8(ascii: "J"),
                i == 0 || !isTokenByte(bytes[i - 1])
            else {
                i += 1
                continue
            }
            var end = i
            var dots = 0
            while end < bytes.count, isTokenByte(bytes[end]) || (bytes[end] == UInt8(ascii: ".") && dots < 2) {
                if bytes[end] == UInt8(ascii: ".") { dots += 1 }
                end += 1
            }
            if dots == 2, end - i >= 20 {
                bytes.replaceSubrange(i..<end, with: Self.tokenMark.utf8)
                count += 1
                i += Self.tokenMark.utf8.count
            } else {
                i = end
            }
        }
        return count
    }

    /// `scheme://user:pass@host` becomes `scheme://[REDACTED]@host`.
    private func replaceUserinfo(_ bytes: inout [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + 3 <= bytes.count {
            guard bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "/") else {
                i += 1
                continue
            }
            let start = i + 3
            var end = start
            var at: Int? = nil
            while end < bytes.count {
                let c = bytes[end]
                if c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: "#") || c == UInt8(ascii: " ")
                    || c == UInt8(ascii: "\"") || c < 0x20
                {
                    break
                }
                if c == UInt8(ascii: "@") { at = end }
                end += 1
            }
            if let at, at > start, !bytes[start..<at].elementsEqual(Self.credentialsMark.utf8) {
                bytes.replaceSubrange(start..<at, with: Self.credentialsMark.utf8)
                count += 1
                i = start + Self.credentialsMark.utf8.count
            } else {
                i = max(end, start)
            }
        }
        return count
    }

    /// `name=value` where the name is in `secretParameters` (after `?`, `&`, `;`, a space or the start).
    private func replaceSecretParameters(_ bytes: inout [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "="), i > 0 else {
                i += 1
                continue
            }
            var nameStart = i
            while nameStart > 0, isTokenByte(bytes[nameStart - 1]) { nameStart -= 1 }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            var end = i + 1
            while end < bytes.count, !Self.endsParameter(bytes[end]) { end += 1 }
            if Self.secretParameters.contains(name), end > i + 1,
                !bytes[(i + 1)..<end].elementsEqual(Self.credentialsMark.utf8)
            {
                bytes.replaceSubrange((i + 1)..<end, with: Self.credentialsMark.utf8)
                count += 1
                i += 1 + Self.credentialsMark.utf8.count
            } else {
                i = end
            }
        }
        return count
    }

    private static func endsParameter(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "&") || c == UInt8(ascii: ";") || c == UInt8(ascii: " ") || c == UInt8(ascii: "#")
            || c == UInt8(ascii: "\"") || c == UInt8(ascii: ",") || c < 0x20
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

extension Redactor {
    /// `text` redacted, counting what was replaced into `count`; nil stays nil.
    func redact(_ text: String?, _ count: inout Int) -> String? {
        guard let text else { return nil }
        let result = redact(text)
        count += result.count
        return result.text
    }

    /// An event text as the parsing thread holds it: bytes stay the same bytes unless they hold a secret.
    func redact(_ text: PackedEvents.Text, _ count: inout Int) -> PackedEvents.Text {
        switch text {
        case .none: return .none
        case .string(let string): return .string(redact(string, &count) ?? string)
        case .bytes(let bytes):
            guard let result = redacted(bytes: bytes) else { return text }
            count += result.count
            return .string(result.text)
        }
    }
}

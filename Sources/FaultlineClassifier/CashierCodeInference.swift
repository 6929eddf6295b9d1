/// Names the code of a Cashier problem+json body that carries no `code` member.
///
/// Cashier's own examples send only title, status and detail ("Gone" / 410 / "Checkout session cs_abc123 has
/// expired"), and its titles are HTTP reason phrases, so the detail is the better witness. In order, among the
/// catalog codes at that status:
/// 1. the one whose description the detail states ("Merchant account is inactive or suspended");
/// 2. the one whose every word appears, as a whole word, in title or detail, preferring the most words
///    ("Validation Error" → VALIDATION_ERROR, "session … expired" → SESSION_EXPIRED);
/// then the title spelled as a catalog code ("Forbidden" → FORBIDDEN); then the only code at that status;
/// then the title spelled as a code the catalog does not know; then HTTP_<status>.
///
/// Only the built-in Cashier entries are candidates: a Cashier code added by a user's catalog file is found
/// when the body names it (`code` member), not inferred from words.
enum CashierCodeInference {
    /// A catalog code at some status, with the words of its description and of its code split once.
    private struct Candidate {
        let code: String
        let descriptionWords: [String]
        let codeWords: [String]
        /// The same words as bytes, for comparing with the words of an ASCII title and detail.
        let descriptionBytes: [[UInt8]]
        let codeBytes: [[UInt8]]
    }

    /// Cashier's codes by HTTP status, in catalog order: every error body without a `code` member needs them,
    /// so they are filtered and split into words once rather than per line.
    private static let byStatus: [Int: [Candidate]] = {
        var table: [Int: [Candidate]] = [:]
        for entry in ProviderCatalog.all {
            guard entry.provider == .cashier, entry.kind == .error, entry.messageContains == nil, let status = entry.httpStatus else {
                continue
            }
            let descriptionWords = words(entry.description)
            let codeWords = words(entry.code)
            table[status, default: []].append(
                Candidate(
                    code: entry.code, descriptionWords: descriptionWords, codeWords: codeWords,
                    descriptionBytes: descriptionWords.map { Array($0.utf8) }, codeBytes: codeWords.map { Array($0.utf8) }))
        }
        return table
    }()

    /// Every candidate word is ASCII: then, for an ASCII title and detail, comparing words as bytes gives the
    /// same answers as `String` equality.
    private static let asciiCandidates: Bool = byStatus.values.allSatisfy { candidates in
        candidates.allSatisfy { ($0.descriptionBytes + $0.codeBytes).allSatisfy { $0.allSatisfy { $0 < 0x80 } } }
    }

    static func code(title: String?, status: Int?, detail: String?) -> String {
        let atStatus = status.flatMap { byStatus[$0] } ?? []
        if let found = asciiWordMatch(title: title, detail: detail, atStatus: atStatus) {
            if let found { return found }
        } else {
            if let found = wordMatch(title: title, detail: detail, atStatus: atStatus) { return found }
        }
        let fromTitle = title.map(codeSpelling)
        if let fromTitle, CatalogIndex.builtIn.contains(.cashier, fromTitle) { return fromTitle }
        if atStatus.count == 1 { return atStatus[0].code }
        if let fromTitle, !fromTitle.isEmpty { return fromTitle }
        return status.map { "HTTP_\($0)" } ?? "UNKNOWN"
    }

    /// Steps 1 and 2: the code whose description the detail states, else the one with the most words that
    /// all appear in title or detail.
    private static func wordMatch(title: String?, detail: String?, atStatus: [Candidate]) -> String? {
        if let detail {
            let said = words(detail)
            if let described = atStatus.first(where: { entry in
                let description = entry.descriptionWords
                return !description.isEmpty && (said == description || said.starts(with: description))
            }) {
                return described.code
            }
        }
        let text = words((title ?? "") + " " + (detail ?? ""))
        let matching = atStatus.filter { entry in entry.codeWords.allSatisfy(text.contains) }
        return matching.max(by: { $0.codeWords.count < $1.codeWords.count })?.code
    }

    /// `wordMatch` for an ASCII title and detail, on the bytes of one lower-cased buffer, without a `String`
    /// per word (every Cashier error without a code comes here): `.some(nil)` when no candidate matches, nil
    /// when the text is not ASCII.
    private static func asciiWordMatch(title: String?, detail: String?, atStatus: [Candidate]) -> String?? {
        guard asciiCandidates else { return nil }
        var title = title ?? ""
        var lowered: [UInt8] = []
        lowered.reserveCapacity(title.utf8.count + 1 + (detail?.utf8.count ?? 0))
        guard appendLowered(&title, to: &lowered) else { return nil }
        // The words of title + " " + detail: the title's, then the detail's.
        lowered.append(0x20)
        let detailStart = lowered.count
        if var detail {
            guard appendLowered(&detail, to: &lowered) else { return nil }
        }
        var words: [Range<Int>] = []
        var start = -1
        for i in 0...lowered.count {
            let c = i < lowered.count ? lowered[i] : 0x20
            if c &- UInt8(ascii: "a") < 26 || c &- UInt8(ascii: "0") < 10 {
                if start < 0 { start = i }
            } else if start >= 0 {
                words.append(start..<i)
                start = -1
            }
        }
        return lowered.withUnsafeBufferPointer { text -> String?? in
            func same(_ word: Range<Int>, _ wanted: [UInt8]) -> Bool {
                guard word.count == wanted.count else { return false }
                var k = 0
                for i in word {
                    if text[i] != wanted[k] { return false }
                    k += 1
                }
                return true
            }
            if detail != nil {
                let said = words.firstIndex(where: { $0.lowerBound >= detailStart }) ?? words.count
                for candidate in atStatus {
                    let description = candidate.descriptionBytes
                    guard !description.isEmpty, words.count - said >= description.count else { continue }
                    var k = 0
                    while k < description.count, same(words[said + k], description[k]) { k += 1 }
                    if k == description.count { return .some(candidate.code) }
                }
            }
            // The first candidate with the most words (as `max(by:)` keeps the first of equals).
            var best: Candidate?
            for candidate in atStatus where best == nil || candidate.codeBytes.count > best!.codeBytes.count {
                if candidate.codeBytes.allSatisfy({ wanted in words.contains(where: { same($0, wanted) }) }) {
                    best = candidate
                }
            }
            return .some(best?.code)
        }
    }

    /// Appends the ASCII-lower-cased bytes of `text`; false (leaving `buffer` partly written) when it is not ASCII.
    private static func appendLowered(_ text: inout String, to buffer: inout [UInt8]) -> Bool {
        text.withUTF8 { bytes in
            for c in bytes {
                if c >= 0x80 { return false }
                buffer.append(c &- UInt8(ascii: "A") < 26 ? c | 0x20 : c)
            }
            return true
        }
    }

    /// "Too Many Requests" → "TOO_MANY_REQUESTS".
    static func codeSpelling(_ title: String) -> String {
        title.uppercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "_")
    }

    /// Lower-cased words: "CARD_DECLINED" → ["card", "declined"]; "(CVV) is invalid." → ["cvv", "is", "invalid"].
    static func words(_ text: String) -> [String] {
        var text = text
        if let ascii = text.withUTF8({ asciiWords($0) }) { return ascii }
        return text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// `words` for pure ASCII text, on bytes: there every character is one byte, a letter or number is exactly
    /// `A-Z`, `a-z` or `0-9`, and lower-casing is per byte, so the result is the same. Nil for other text.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var result: [String] = []
        var start = -1
        var hasUpper = false
        for i in 0...bytes.count {
            let c = i < bytes.count ? bytes[i] : 0x20
            if c >= 0x80 { return nil }
            let isUpper = c &- UInt8(ascii: "A") < 26
            if isUpper || c &- UInt8(ascii: "a") < 26 || c &- UInt8(ascii: "0") < 10 {
                if start < 0 {
                    start = i
                    hasUpper = false
                }
                if isUpper { hasUpper = true }
            } else if start >= 0 {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                if hasUpper {
                    result.append(String(unsafeUninitializedCapacity: word.count) { out in
                        for k in 0..<word.count { out[k] = word[k] &- UInt8(ascii: "A") < 26 ? word[k] | 0x20 : word[k] }
                        return word.count
                    })
                } else {
                    result.append(String(decoding: word, as: UTF8.self))
                }
                start = -1
            }
        }
        return result
    }
}

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
enum CashierCodeInference {
    /// A catalog code at some status, with the words of its description and of its code split once.
    private struct Candidate {
        let code: String
        let descriptionWords: [String]
        let codeWords: [String]
    }

    /// Cashier's codes by HTTP status, in catalog order: every error body without a `code` member needs them,
    /// so they are filtered and split into words once rather than per line.
    private static let byStatus: [Int: [Candidate]] = {
        var table: [Int: [Candidate]] = [:]
        for entry in ProviderCatalog.all {
            guard entry.provider == .cashier, entry.kind == .error, entry.messageContains == nil, let status = entry.httpStatus else {
                continue
            }
            table[status, default: []].append(
                Candidate(code: entry.code, descriptionWords: words(entry.description), codeWords: words(entry.code)))
        }
        return table
    }()

    static func code(title: String?, status: Int?, detail: String?) -> String {
        let atStatus = status.flatMap { byStatus[$0] } ?? []
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
        if let best = matching.max(by: { $0.codeWords.count < $1.codeWords.count }) { return best.code }
        let fromTitle = title.map(codeSpelling)
        if let fromTitle, CatalogIndex.contains(.cashier, fromTitle) { return fromTitle }
        if atStatus.count == 1 { return atStatus[0].code }
        if let fromTitle, !fromTitle.isEmpty { return fromTitle }
        return status.map { "HTTP_\($0)" } ?? "UNKNOWN"
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

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
    static func code(title: String?, status: Int?, detail: String?) -> String {
        let atStatus = status.map { CatalogIndex.entries(.cashier, status: $0) } ?? []
        if let detail {
            let said = words(detail)
            if let described = atStatus.first(where: { entry in
                let description = words(entry.description)
                return !description.isEmpty && (said == description || said.starts(with: description))
            }) {
                return described.code
            }
        }
        let text = Set(words((title ?? "") + " " + (detail ?? "")))
        let matching = atStatus.filter { entry in words(entry.code).allSatisfy(text.contains) }
        if let best = matching.max(by: { words($0.code).count < words($1.code).count }) { return best.code }
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
    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}

/// Names the code of a Cashier problem+json body that carries no `code` member.
///
/// Cashier's own examples send only title, status and detail ("Gone" / 410 / "Checkout session cs_abc123 has
/// expired"). In order: the title spelled as a code ("Validation Error" → VALIDATION_ERROR) when that is a
/// catalog code; else the catalog code at that status whose every word appears in the title or detail
/// (SESSION_EXPIRED for "session ... expired"), preferring the most specific; else the only code at that status;
/// else the title spelled as a code, unknown to the catalog; else HTTP_<status>.
enum CashierCodeInference {
    static func code(title: String?, status: Int?, detail: String?) -> String {
        let fromTitle = title.map(codeSpelling)
        if let fromTitle, CatalogIndex.contains(.cashier, fromTitle) { return fromTitle }
        let atStatus = status.map { CatalogIndex.entries(.cashier, status: $0) } ?? []
        let text = ((title ?? "") + " " + (detail ?? "")).lowercased()
        let matching = atStatus.filter { entry in
            entry.code.lowercased().split(separator: "_").allSatisfy { text.contains($0) }
        }
        if let best = matching.max(by: { $0.code.split(separator: "_").count < $1.code.split(separator: "_").count }) {
            return best.code
        }
        if atStatus.count == 1 { return atStatus[0].code }
        if let fromTitle, !fromTitle.isEmpty { return fromTitle }
        return status.map { "HTTP_\($0)" } ?? "UNKNOWN"
    }

    /// "Too Many Requests" → "TOO_MANY_REQUESTS".
    static func codeSpelling(_ title: String) -> String {
        title.uppercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "_")
    }
}

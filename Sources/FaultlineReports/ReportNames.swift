/// Spelling help for report names, so a typo gets a suggestion rather than just a list.
enum ReportNames {
    /// The known name nearest to `name` by edit distance, if it is near enough to be a plausible typo.
    static func closest(to name: String, among known: [String]) -> String? {
        let scored = known.map { ($0, distance(name.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        // A third of the name may be wrong; beyond that a suggestion is more confusing than helpful.
        return best.1 <= max(1, best.0.count / 3) ? best.0 : nil
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}

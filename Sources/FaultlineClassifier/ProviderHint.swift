extension Provider {
    /// Reads a provider named in a log line (`"Flint"`, `"stable-genius"`, `"flowpayment-cashier"`); nil when
    /// the name is none of ours.
    public init?(hint: String) {
        if let exact = Provider(rawValue: hint), exact != .unknown {
            self = exact
            return
        }
        let letters = String(hint.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) })
        guard !letters.isEmpty else { return nil }
        let aliases: [(String, Provider)] = [
            ("flint", .flint), ("stablegenius", .stablegenius), ("cashier", .cashier), ("flowpayment", .cashier),
            ("flexiti", .flexiti), ("synaptopay", .synaptopay),
        ]
        for (alias, provider) in aliases where letters.hasPrefix(alias) || letters.hasSuffix(alias) {
            self = provider
            return
        }
        return nil
    }
}

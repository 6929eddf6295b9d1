extension Provider {
    /// Reads a built-in provider named in a log line or typed by a user, in any case (`"Flint"`, `"FLINT"`,
    /// `"stable-genius"`, `"flowpayment-cashier"`); nil when the name is none of the five. Providers added by
    /// catalog files are found by `CatalogIndex.provider(hint:)`.
    public init?(hint: String) {
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

    /// The id a provider name typed by a user stands for (`--provider Flint` → `flint`, `UNKNOWN` → `unknown`),
    /// so that filters match what is stored whatever the case; other names are lower-cased, as catalog
    /// files' ids are.
    public static func id(named name: String) -> String {
        if let provider = Provider(hint: name) { return provider.rawValue }
        return name.lowercased()
    }
}

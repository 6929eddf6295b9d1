/// Fast lookups into the compiled-in catalogs: by provider, kind and code.
public enum CatalogIndex {
    struct Key: Hashable {
        let provider: Provider
        let kind: CatalogEntry.Kind
        let code: String
    }

    private static let byKey: [Key: [CatalogEntry]] = Dictionary(
        grouping: ProviderCatalog.all, by: { Key(provider: $0.provider, kind: $0.kind, code: $0.code) })

    private static let grpcByNumber: [Int: CatalogEntry] = {
        var table: [Int: CatalogEntry] = [:]
        for entry in ProviderCatalog.synaptopay where entry.kind == .grpcStatus && entry.messageContains == nil {
            if let number = entry.grpcNumber { table[number] = entry }
        }
        return table
    }()

    /// True when `code` is an entry of `provider`'s catalog of that kind.
    public static func contains(_ provider: Provider, _ code: String, kind: CatalogEntry.Kind = .error) -> Bool {
        byKey[Key(provider: provider, kind: kind, code: code)] != nil
    }

    /// The most specific entry for a code: a message variant whose text the message contains, then the entry
    /// whose HTTP status matches, then one whose document left the status open, then the first.
    public static func entry(
        _ provider: Provider, _ code: String, kind: CatalogEntry.Kind = .error, status: Int? = nil, message: String? = nil
    ) -> CatalogEntry? {
        guard let entries = byKey[Key(provider: provider, kind: kind, code: code)] else { return nil }
        if let message, entries.contains(where: { $0.messageContains != nil }) {
            let lowered = message.lowercased()
            if let variant = entries.first(where: { $0.messageContains.map { lowered.contains($0.lowercased()) } ?? false }) {
                return variant
            }
        }
        let plain = entries.filter { $0.messageContains == nil }
        if let status, let exact = plain.first(where: { $0.httpStatus == status }) { return exact }
        if status != nil, let open = plain.first(where: { $0.httpStatus == nil }) { return open }
        return plain.first ?? entries.first
    }

    /// The gRPC status entry for a status number (Synaptopay's numeric `code`).
    public static func grpcEntry(number: Int) -> CatalogEntry? { grpcByNumber[number] }

    /// Every entry of a provider with the given HTTP status (Cashier code inference).
    static func entries(_ provider: Provider, status: Int) -> [CatalogEntry] {
        ProviderCatalog.all.filter { $0.provider == provider && $0.kind == .error && $0.httpStatus == status && $0.messageContains == nil }
    }
}

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
        // Among the entries without a message variant (no array is built: every error line comes here).
        if let status, let exact = entries.first(where: { $0.messageContains == nil && $0.httpStatus == status }) { return exact }
        if status != nil, let open = entries.first(where: { $0.messageContains == nil && $0.httpStatus == nil }) { return open }
        return entries.first(where: { $0.messageContains == nil }) ?? entries.first
    }

    /// The gRPC status entry for a status number (Synaptopay's numeric `code`).
    public static func grpcEntry(number: Int) -> CatalogEntry? { grpcByNumber[number] }
}

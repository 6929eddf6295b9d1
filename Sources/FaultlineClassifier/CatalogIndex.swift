/// Fast lookups into the compiled-in catalogs: by provider, kind and code.
public enum CatalogIndex {
    struct Key: Hashable {
        let provider: Provider
        let kind: CatalogEntry.Kind
        let code: String
    }

    private static let byKey: [Key: [CatalogEntry]] = Dictionary(
        grouping: ProviderCatalog.all, by: { Key(provider: $0.provider, kind: $0.kind, code: $0.code) })

    /// For codes with message variants: each entry's `messageContains` lower-cased as bytes (empty for
    /// entries without one), when every such text is ASCII without CR or LF, so that a variant can be found
    /// in an ASCII message on bytes with the same result as the character-level search.
    private static let asciiNeedles: [Key: [[UInt8]]] = {
        var table: [Key: [[UInt8]]] = [:]
        for (key, entries) in byKey where entries.contains(where: { $0.messageContains != nil }) {
            let texts = entries.map { $0.messageContains ?? "" }
            let usable = entries.allSatisfy { entry in
                guard let text = entry.messageContains else { return true }
                return !text.isEmpty && text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }
            }
            if usable { table[key] = texts.map { Array($0.lowercased().utf8) } }
        }
        return table
    }()

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
        let key = Key(provider: provider, kind: kind, code: code)
        guard let entries = byKey[key] else { return nil }
        if let message, let needles = asciiNeedles[key], let variant = asciiVariant(message, entries, needles) {
            if let found = variant { return found }
        } else if let message, entries.contains(where: { $0.messageContains != nil }) {
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

    /// The first entry whose (lower-cased) needle the lower-cased ASCII `message` contains: `.some(nil)` when
    /// none does, nil when the message is not ASCII (then the character-level search decides).
    private static func asciiVariant(_ message: String, _ entries: [CatalogEntry], _ needles: [[UInt8]]) -> CatalogEntry?? {
        var message = message
        return message.withUTF8 { text -> CatalogEntry?? in
            var lowered = [UInt8](repeating: 0, count: text.count)
            for k in 0..<text.count {
                let c = text[k]
                if c >= 0x80 { return nil }
                lowered[k] = c &- UInt8(ascii: "A") < 26 ? c | 0x20 : c
            }
            for (entry, needle) in zip(entries, needles) where !needle.isEmpty && needle.count <= lowered.count {
                let first = needle[0]
                for start in 0...(lowered.count - needle.count) where lowered[start] == first {
                    var k = 1
                    while k < needle.count, lowered[start + k] == needle[k] { k += 1 }
                    if k == needle.count { return .some(entry) }
                }
            }
            return .some(nil)
        }
    }

    /// The gRPC status entry for a status number (Synaptopay's numeric `code`).
    public static func grpcEntry(number: Int) -> CatalogEntry? { grpcByNumber[number] }
}

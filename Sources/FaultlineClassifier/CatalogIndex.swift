/// Fast lookups into the compiled-in catalogs: by provider, kind and code.
public enum CatalogIndex {
    struct Key: Hashable {
        let provider: Provider
        let kind: CatalogEntry.Kind
        let code: String
    }

    /// The entries of one key, with what a message-variant search needs, built once.
    private struct Group {
        let provider: Provider
        let kind: CatalogEntry.Kind
        let code: [UInt8]
        let entries: [CatalogEntry]
        let hasVariants: Bool
        /// For codes with message variants: each entry's `messageContains` lower-cased as bytes (empty for
        /// entries without one), when every such text is ASCII without CR or LF, so that a variant can be
        /// found in an ASCII message on bytes with the same result as the character-level search.
        let asciiNeedles: [[UInt8]]?
    }

    private static let groups: [Group] = {
        var order: [Key] = []
        var grouped: [Key: [CatalogEntry]] = [:]
        for entry in ProviderCatalog.all {
            let key = Key(provider: entry.provider, kind: entry.kind, code: entry.code)
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(entry)
        }
        return order.map { key in
            let entries = grouped[key]!
            let hasVariants = entries.contains(where: { $0.messageContains != nil })
            let usable = entries.allSatisfy { entry in
                guard let text = entry.messageContains else { return true }
                return !text.isEmpty && text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }
            }
            let needles = hasVariants && usable ? entries.map { Array(($0.messageContains ?? "").lowercased().utf8) } : nil
            return Group(
                provider: key.provider, kind: key.kind, code: Array(key.code.utf8), entries: entries,
                hasVariants: hasVariants, asciiNeedles: needles)
        }
    }()

    /// String keys to groups: the lookup for codes that are not ASCII, where `String` equality (canonical
    /// equivalence) can match bytes that differ.
    private static let byKey: [Key: Int] = {
        var table: [Key: Int] = [:]
        for (index, group) in groups.enumerated() {
            table[Key(provider: group.provider, kind: group.kind, code: String(decoding: group.code, as: UTF8.self))] = index
        }
        return table
    }()

    /// Open addressing over the groups by a cheap hash of the code's bytes (-1 empty): every error line looks
    /// up its code one to four times, and hashing a `String` key costs more than the rest of the lookup. Only
    /// used when every catalog code is ASCII, so that for an ASCII code byte equality is `String` equality.
    private static let slots: [Int32] = {
        guard groups.allSatisfy({ $0.code.allSatisfy { $0 < 0x80 } }) else { return [] }
        var size = 16
        while size < groups.count * 4 { size <<= 1 }
        var table = [Int32](repeating: -1, count: size)
        for (index, group) in groups.enumerated() {
            var slot = group.code.withUnsafeBytes { Int(truncatingIfNeeded: hash($0)) } & (size - 1)
            while table[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = Int32(index)
        }
        return table
    }()

    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    /// The index in `groups` of a key; nil when the catalogs have no such code.
    private static func group(_ provider: Provider, _ kind: CatalogEntry.Kind, _ code: String) -> Int? {
        var code = code
        let found: Int?? = code.withUTF8 { text -> Int?? in
            let slots = Self.slots
            guard !slots.isEmpty else { return nil }
            for byte in text where byte >= 0x80 { return nil }
            let raw = UnsafeRawBufferPointer(text)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash(raw)) & mask
            return groups.withUnsafeBufferPointer { groups -> Int?? in
                while true {
                    let index = Int(slots[slot])
                    if index < 0 { return .some(nil) }
                    let group = groups[index]
                    if group.provider == provider, group.kind == kind, group.code.count == raw.count,
                        group.code.withUnsafeBytes({ memcmpEqual($0, raw) })
                    {
                        return .some(index)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        if let found { return found }
        return byKey[Key(provider: provider, kind: kind, code: code)]
    }

    @inline(__always)
    private static func memcmpEqual(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        for k in 0..<a.count where a[k] != b[k] { return false }
        return true
    }

    private static let grpcByNumber: [Int: CatalogEntry] = {
        var table: [Int: CatalogEntry] = [:]
        for entry in ProviderCatalog.synaptopay where entry.kind == .grpcStatus && entry.messageContains == nil {
            if let number = entry.grpcNumber { table[number] = entry }
        }
        return table
    }()

    /// True when `code` is an entry of `provider`'s catalog of that kind.
    public static func contains(_ provider: Provider, _ code: String, kind: CatalogEntry.Kind = .error) -> Bool {
        group(provider, kind, code) != nil
    }

    /// The most specific entry for a code: a message variant whose text the message contains, then the entry
    /// whose HTTP status matches, then one whose document left the status open, then the first.
    public static func entry(
        _ provider: Provider, _ code: String, kind: CatalogEntry.Kind = .error, status: Int? = nil, message: String? = nil
    ) -> CatalogEntry? {
        guard let index = group(provider, kind, code) else { return nil }
        let group = groups[index]
        let entries = group.entries
        if let message, let needles = group.asciiNeedles, let variant = asciiVariant(message, entries, needles) {
            if let found = variant { return found }
        } else if let message, group.hasVariants {
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

/// Fast lookups into a set of catalogs: by provider, kind and code. Immutable once built, so one index is
/// shared by every thread.
///
/// `builtIn` holds the five compiled-in catalogs; `adding(_:)` makes an index that also holds a user's
/// catalog files, whose entries override built-in ones of the same provider, kind, code, status and message
/// variant, and whose new providers become known.
public final class CatalogIndex: Sendable {
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

    /// The five built-in catalogs.
    public static let builtIn = CatalogIndex(files: ProviderCatalog.files)

    /// Every entry, built-in ones first (each replaced in place by a user's entry for the same code), then
    /// the user's new ones, in file order.
    public let entries: [CatalogEntry]
    /// The catalog files this index was built from.
    public let files: [CatalogFile]
    /// Providers added by user files (not one of the five), in file order.
    public let addedProviders: [Provider]
    /// Hint words of the added providers, letters only and lower-cased, with the provider each names.
    private let addedHints: [(letters: String, provider: Provider)]
    private let groups: [Group]

    /// An index over these files; a later file's entry replaces an earlier one's with the same identity.
    public init(files: [CatalogFile]) {
        var entries: [CatalogEntry] = []
        var position: [CatalogEntry: Int] = [:]
        for file in files {
            for entry in file.entries {
                if let at = position[entry] {
                    entries[at] = entry
                } else {
                    position[entry] = entries.count
                    entries.append(entry)
                }
            }
        }
        self.entries = entries
        self.files = files
        var added: [Provider] = []
        var hints: [(String, Provider)] = []
        for file in files where !file.provider.isBuiltIn {
            if !added.contains(file.provider) { added.append(file.provider) }
            for word in [file.provider.rawValue] + file.hints {
                hints.append((Self.letters(word), file.provider))
            }
        }
        addedProviders = added
        addedHints = hints.filter { !$0.0.isEmpty }

        var order: [Key] = []
        var grouped: [Key: [CatalogEntry]] = [:]
        for entry in entries {
            let key = Key(provider: entry.provider, kind: entry.kind, code: entry.code)
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(entry)
        }
        let groups = order.map { key in
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
        self.groups = groups
        var table: [Key: Int] = [:]
        for (index, group) in groups.enumerated() {
            table[Key(provider: group.provider, kind: group.kind, code: String(decoding: group.code, as: UTF8.self))] = index
        }
        byKey = table
        slots = Self.slots(for: groups)
        var numbers: [Int: CatalogEntry] = [:]
        for entry in entries where entry.provider == .synaptopay && entry.kind == .grpcStatus && entry.messageContains == nil {
            if let number = entry.grpcNumber { numbers[number] = entry }
        }
        grpcByNumber = numbers
    }

    /// This index with a user's catalog files added after its own.
    public func adding(_ more: [CatalogFile]) -> CatalogIndex {
        more.isEmpty ? self : CatalogIndex(files: files + more)
    }

    /// The provider a log line's provider field or host names: one a user's file added (by its id or a
    /// hint, letters only, any case), else one of the five.
    public func provider(hint: String) -> Provider? {
        if !addedHints.isEmpty {
            let letters = Self.letters(hint)
            if let found = addedHints.first(where: { $0.letters == letters }) { return found.provider }
        }
        return Provider(hint: hint)
    }

    /// The catalog file that added or describes a provider (the last one, when several do).
    public func file(of provider: Provider) -> CatalogFile? { files.last { $0.provider == provider } }

    private static func letters(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    }

    /// String keys to groups: the lookup for codes that are not ASCII, where `String` equality (canonical
    /// equivalence) can match bytes that differ.
    private let byKey: [Key: Int]

    /// Open addressing over the groups by a cheap hash of the code's bytes (-1 empty): every error line looks
    /// up its code one to four times, and hashing a `String` key costs more than the rest of the lookup. Only
    /// used when every catalog code is ASCII, so that for an ASCII code byte equality is `String` equality.
    private let slots: [Int32]

    private static func slots(for groups: [Group]) -> [Int32] {
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
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    /// The index in `groups` of a key; nil when the catalogs have no such code.
    private func group(_ provider: Provider, _ kind: CatalogEntry.Kind, _ code: String) -> Int? {
        var code = code
        let found: Int?? = code.withUTF8 { text -> Int?? in
            let slots = self.slots
            guard !slots.isEmpty else { return nil }
            for byte in text where byte >= 0x80 { return nil }
            let raw = UnsafeRawBufferPointer(text)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: Self.hash(raw)) & mask
            return self.groups.withUnsafeBufferPointer { groups -> Int?? in
                while true {
                    let index = Int(slots[slot])
                    if index < 0 { return .some(nil) }
                    let group = groups[index]
                    if group.provider == provider, group.kind == kind, group.code.count == raw.count,
                        group.code.withUnsafeBytes({ Self.memcmpEqual($0, raw) })
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

    private let grpcByNumber: [Int: CatalogEntry]

    /// True when `code` is an entry of `provider`'s catalog of that kind.
    public func contains(_ provider: Provider, _ code: String, kind: CatalogEntry.Kind = .error) -> Bool {
        group(provider, kind, code) != nil
    }

    /// The most specific entry for a code: a message variant whose text the message contains, then the entry
    /// whose HTTP status matches, then one whose document left the status open, then the first.
    public func entry(
        _ provider: Provider, _ code: String, kind: CatalogEntry.Kind = .error, status: Int? = nil, message: String? = nil
    ) -> CatalogEntry? {
        guard let index = group(provider, kind, code) else { return nil }
        let group = self.groups[index]
        let entries = group.entries
        if let message, let needles = group.asciiNeedles, let variant = Self.asciiVariant(message, entries, needles) {
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
    public func grpcEntry(number: Int) -> CatalogEntry? { grpcByNumber[number] }
}

/// A payment API whose error envelopes faultline knows: one of the five built in, `unknown`, or one a user's
/// catalog file adds (`acme`).
///
/// A name, not a closed list, so that a catalog file can add a provider without a new build; the built-in
/// ones are constants (`.flint`) and compare like any other. `rawValue` is the id as stored and shown.
public struct Provider: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    /// The built-in provider's number (0 to 5), or 0xFF for one a catalog file added: every error line
    /// compares providers several times, and comparing a byte costs less than comparing names.
    private let slot: UInt8

    public init(rawValue: String) {
        self.rawValue = rawValue
        slot = Self.builtInNames.firstIndex(of: rawValue).map(UInt8.init) ?? 0xFF
    }

    private init(slot: UInt8, _ rawValue: String) {
        self.slot = slot
        self.rawValue = rawValue
    }

    private static let builtInNames = ["flint", "stablegenius", "cashier", "flexiti", "synaptopay", "unknown"]

    public static let flint = Provider(slot: 0, "flint")
    public static let stablegenius = Provider(slot: 1, "stablegenius")
    public static let cashier = Provider(slot: 2, "cashier")
    public static let flexiti = Provider(slot: 3, "flexiti")
    public static let synaptopay = Provider(slot: 4, "synaptopay")
    /// No provider recognised.
    public static let unknown = Provider(slot: 5, "unknown")

    @inline(__always)
    public static func == (a: Provider, b: Provider) -> Bool {
        a.slot == b.slot && (a.slot != 0xFF || a.rawValue == b.rawValue)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(slot)
        if slot == 0xFF { hasher.combine(rawValue) }
    }

    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The providers with a built-in catalog.
    public static let known: [Provider] = [.flint, .stablegenius, .cashier, .flexiti, .synaptopay]
    /// The built-in providers and `unknown`.
    public static let allCases: [Provider] = known + [.unknown]

    /// True for the five providers whose shapes the classifier knows by itself.
    public var isBuiltIn: Bool { slot < 5 }

    public var description: String { rawValue }
}

/// A payment API whose error envelopes faultline knows: one of the five built in, `unknown`, or one a user's
/// catalog file adds (`acme`).
///
/// A name, not a closed list, so that a catalog file can add a provider without a new build; the built-in
/// ones are constants (`.flint`) and compare like any other. `rawValue` is the id as stored and shown.
public struct Provider: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let flint = Provider(rawValue: "flint")
    public static let stablegenius = Provider(rawValue: "stablegenius")
    public static let cashier = Provider(rawValue: "cashier")
    public static let flexiti = Provider(rawValue: "flexiti")
    public static let synaptopay = Provider(rawValue: "synaptopay")
    /// No provider recognised.
    public static let unknown = Provider(rawValue: "unknown")

    /// The providers with a built-in catalog.
    public static let known: [Provider] = [.flint, .stablegenius, .cashier, .flexiti, .synaptopay]
    /// The built-in providers and `unknown`.
    public static let allCases: [Provider] = known + [.unknown]

    /// True for the five providers whose shapes the classifier knows by itself.
    public var isBuiltIn: Bool { Provider.known.contains(self) }

    public var description: String { rawValue }
}

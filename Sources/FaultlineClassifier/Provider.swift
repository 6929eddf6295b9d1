/// The payment APIs whose error envelopes faultline knows.
public enum Provider: String, CaseIterable, Sendable, Codable {
    case flint
    case stablegenius
    case cashier
    case flexiti
    case synaptopay
    case unknown

    /// The providers that have a catalog (every case but `unknown`).
    public static let known: [Provider] = [.flint, .stablegenius, .cashier, .flexiti, .synaptopay]
}

/// One code of one provider's error catalog, transcribed from that provider's public error reference into
/// `catalogs/<provider>.json`, or read from a user's catalog file.
///
/// A class: every classification points at its entry, and passing one reference around costs less than
/// copying a dozen strings for each error line of a dump. Entries are immutable.
public final class CatalogEntry: Sendable, Equatable, Hashable {
    /// What kind of code this is within the provider's scheme.
    public enum Kind: String, Sendable, Codable {
        /// A top-level error code (Flint `code`, StableGenius `error.code`, Cashier `code`/title, Flexiti `error`).
        case error
        /// A gRPC status code (Synaptopay's numeric `code`), named by its gRPC name.
        case grpcStatus = "grpc_status"
        /// A Synaptopay `payment_error.code`.
        case failureCode = "failure_code"
        /// A Synaptopay `payment_error.decline_code`.
        case declineCode = "decline_code"
        /// A Flexiti `field_errors[].msg` value.
        case fieldError = "field_error"
    }

    public let provider: Provider
    public let kind: Kind
    /// The code exactly as the provider writes it (`RATE_LIMIT_EXCEEDED`, `rate_limit_exceeded`, `INVALID_ARGUMENT`).
    public let code: String
    /// The gRPC status number, for `.grpcStatus` entries.
    public let grpcNumber: Int?
    /// The HTTP status the document gives for this code; nil where the document leaves it open ("TBD").
    public let httpStatus: Int?
    /// The category in the document's own words (Flint "rate limit", StableGenius `rate_limit_error`, ...).
    public let category: String
    /// true, false, or nil when nothing decides (then `basisNote` says why).
    public let retryable: Bool?
    public let basis: RetryBasis
    /// One sentence on how `basis` applies to this code.
    public let basisNote: String
    /// When set, this entry applies only to bodies whose message contains this text (case-insensitive);
    /// such variants win over the plain entry for the same code.
    public let messageContains: String?
    public let description: String
    /// What to do about it: the document's fix/resolution text, or its general advice for this status.
    public let fix: String
    /// Realistic response bodies (with their HTTP status) that must classify back to this entry.
    public let samples: [CatalogSample]
    /// The section of the provider's document the entry comes from ("Payment errors, Decline codes").
    public let section: String?
    /// Where the entry was read: `catalogs/flint.json:14` for a built-in one, the file and line of a user's.
    public let source: String

    /// Entries are the same when they describe the same code of the same provider (at the same status, for
    /// the same message variant).
    public static func == (a: CatalogEntry, b: CatalogEntry) -> Bool {
        a === b || (a.provider == b.provider && a.kind == b.kind && a.code == b.code && a.httpStatus == b.httpStatus
            && a.messageContains == b.messageContains)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(provider)
        hasher.combine(kind)
        hasher.combine(code)
        hasher.combine(httpStatus)
        hasher.combine(messageContains)
    }

    public init(
        provider: Provider, kind: Kind = .error, code: String, grpcNumber: Int? = nil, httpStatus: Int?,
        category: String, retryable: Bool?, basis: RetryBasis, basisNote: String, messageContains: String? = nil,
        description: String, fix: String, samples: [CatalogSample], section: String? = nil, source: String = ""
    ) {
        self.provider = provider
        self.kind = kind
        self.code = code
        self.grpcNumber = grpcNumber
        self.httpStatus = httpStatus
        self.category = category
        self.retryable = retryable
        self.basis = basis
        self.basisNote = basisNote
        self.messageContains = messageContains
        self.description = description
        self.fix = fix
        self.samples = samples
        self.section = section
        self.source = source
    }
}

/// A response as it appears in a request log: the HTTP status and the raw body text.
public struct CatalogSample: Sendable, Equatable {
    public let status: Int
    public let body: String

    public init(status: Int, body: String) {
        self.status = status
        self.body = body
    }
}

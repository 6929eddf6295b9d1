/// Retryability by HTTP status, for codes a catalog does not list and bodies that name no code.
///
/// Each provider's rule is the one its document states; `unknown` and providers added by a user's catalog
/// file get the common HTTP convention.
public enum StatusRules {
    public struct Verdict: Sendable, Equatable {
        public let retryable: Bool?
        public let basis: RetryBasis
        /// One sentence a person can act on.
        public let guidance: String
    }

    public static func verdict(provider: Provider, status: Int?) -> Verdict {
        guard let status else {
            return Verdict(retryable: nil, basis: .undetermined, guidance: noStatus)
        }
        switch provider {
        case .flint:
            if status == 429 { return rule(true, "Flint: rate limited. Honor the Retry-After header, then retry.") }
            if status >= 500 { return rule(true, "Flint server error: retry with exponential backoff; contact support with the request_id if it persists.") }
            return rule(false, "Flint: the request was rejected as sent; correct it (see the message) before retrying.")
        case .stablegenius:
            if status == 429 { return rule(true, "StableGenius: too many requests. Back off and retry; X-RateLimit-Reset says when the window resets.") }
            if status >= 500 { return rule(true, "StableGenius internal error: retry with exponential backoff.") }
            return rule(false, "StableGenius: never retry 4xx; they indicate a problem with the request, not a transient failure.")
        case .cashier:
            if status == 429 { return rule(true, "Cashier: rate limited. Check the Retry-After header, then retry.") }
            // The document's 409 is "Idempotency conflict (request still processing)", but its retry rule names
            // only 429 and 5xx and its sample retry loop gives up on every other status.
            if status == 409 { return rule(false, "Cashier: the request with this idempotency key is still processing; do not resend it, wait for it to finish and read its result.") }
            if status >= 500 { return rule(true, "Cashier: transient server error; retry with exponential backoff (1s, 2s, 4s, 8s).") }
            return rule(false, "Cashier: client error; correct the request before retrying.")
        case .flexiti:
            if status >= 500 { return rule(true, "Flexiti server error (rare): retry with backoff.") }
            return rule(false, "Flexiti: the request failed given the information provided; correct it before retrying.")
        case .synaptopay:
            switch status {
            case 429, 503, 504: return Verdict(retryable: true, basis: .grpcConvention, guidance: "Synaptopay: transient (unavailable, timeout or exhausted); retry with backoff.")
            case 409: return Verdict(retryable: true, basis: .grpcConvention, guidance: "Synaptopay: conflict (aborted); retry the whole operation.")
            // No gRPC status maps to 502: it comes from a proxy or load balancer in front of the API (usually
            // an HTML page), and is transient by the HTTP convention.
            case 502: return Verdict(retryable: true, basis: .httpStatus, guidance: "HTTP 502 from a gateway in front of Synaptopay: retry with exponential backoff.")
            case 400..<500: return Verdict(retryable: false, basis: .grpcConvention, guidance: "Synaptopay: the request was rejected as sent; correct it before retrying.")
            default: return Verdict(retryable: nil, basis: .undetermined, guidance: "Synaptopay: nothing in the response decides whether a retry can succeed; inspect the message.")
            }
        default:
            // `unknown`, and providers added by a user's catalog file: the common HTTP convention.
            let who = provider == .unknown ? "HTTP \(status)" : "\(provider.rawValue): HTTP \(status)"
            switch status {
            case 429, 500, 502, 503, 504:
                return Verdict(retryable: true, basis: .httpStatus, guidance: "\(who) is usually transient: retry with exponential backoff.")
            case 400..<500:
                return Verdict(retryable: false, basis: .httpStatus, guidance: "\(who) is a client error: retrying the same request will fail again.")
            default:
                return Verdict(retryable: nil, basis: .undetermined, guidance: "\(who): no rule decides whether a retry can succeed.")
            }
        }
    }

    private static func rule(_ retryable: Bool, _ guidance: String) -> Verdict {
        Verdict(retryable: retryable, basis: .statusRule, guidance: guidance)
    }

    private static let noStatus = "No HTTP status was logged, so nothing decides whether a retry can succeed."
}

extension Classification {
    /// The output keys of `faultline classify`, in order.
    public static let jsonKeys = [
        "provider", "format", "code", "category", "retryable", "retry_basis", "http_status", "request_id", "message",
        "param", "decline_code", "known", "guidance",
    ]

    /// The classification's fields, keyed as in `jsonKeys`.
    public var jsonMembers: [(String, JSONText.Value)] {
        [
            ("provider", .string(provider.rawValue)), ("format", .string(format.rawValue)), ("code", .string(code)),
            ("category", .string(category)), ("retryable", .bool(retryable)), ("retry_basis", .string(retryBasis.rawValue)),
            ("http_status", .int(httpStatus)), ("request_id", .string(requestID)), ("message", .string(message)),
            ("param", .string(param)), ("decline_code", .string(declineCode)), ("known", .bool(known)),
            ("guidance", .string(guidance)),
        ]
    }

    /// One JSON object with exactly the keys of `jsonKeys`.
    public var jsonText: String { JSONText.object(jsonMembers) }
}

// Synaptopay — transcribed from the public "Error Handling" reference at docs.synaptopay.com.
// Retry rule: the document states none. gRPC statuses (the body's numeric `code`) follow the gRPC status code
// definitions; HTTP statuses and descriptions come from the document's table where it has them, else from the
// standard gRPC-to-HTTP mapping and the gRPC definitions.
// Failure codes (payment_error.code) and decline codes (payment_error.decline_code) are decided from the
// document's descriptions ("temporarily unavailable", "timeout", device busy: retry; declines: never;
// UNKNOWN: undetermined); they arrive inside payment-intent responses, usually with HTTP 200.
// Two message variants cover the idempotency examples: ABORTED "... is in progress" (409) and
// INVALID_ARGUMENT "Mismatch between stored request body for idempotency key ..." (400).

extension ProviderCatalog {
    static let synaptopay: [CatalogEntry] = [
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "OK",
            grpcNumber: 0,
            httpStatus: 200,
            category: "ok",
            retryable: nil,
            basis: .undetermined,
            basisNote: "gRPC: OK is not an error; returned on success, so retryability does not apply.",
            description: "Success",
            fix: "Nothing to fix: code 0 means the request succeeded.",
            samples: [
                CatalogSample(status: 200, body: #"{"message":"OK","code":0}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "CANCELLED",
            grpcNumber: 1,
            httpStatus: 499,
            category: "cancelled",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: CANCELLED means the operation was cancelled, typically by the caller, so nothing transient failed and a retry is the caller's own decision.",
            description: "The operation was cancelled, typically by the caller.",
            fix: "Check why the call was cancelled (for example a client-side timeout) and send it again only if the operation is still wanted.",
            samples: [
                CatalogSample(status: 499, body: #"{"message":"The operation was cancelled.","code":1}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "UNKNOWN",
            grpcNumber: 2,
            httpStatus: 500,
            category: "unknown",
            retryable: nil,
            basis: .undetermined,
            basisNote: "gRPC: UNKNOWN carries no information about the cause (an error from an unknown error space or an API that returns too little detail), so nothing decides retryability.",
            description: "Unknown error.",
            fix: "Log the full response and check the state of the operation before deciding whether to send it again.",
            samples: [
                CatalogSample(status: 500, body: #"{"message":"Unknown error.","code":2}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "INVALID_ARGUMENT",
            grpcNumber: 3,
            httpStatus: 400,
            category: "invalid argument",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: INVALID_ARGUMENT indicates arguments that are problematic regardless of the state of the system, so a retry fails the same way.",
            description: "Invalid request parameters return HTTP 400 with a message indicating the problematic field.",
            fix: "Fix the field named in the message, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"""
                {
                  "message": "Invalid argument at \"email\": This must be a valid email address.",
                  "code": 3
                }
                """#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "DEADLINE_EXCEEDED",
            grpcNumber: 4,
            httpStatus: 504,
            category: "timeout",
            retryable: true,
            basis: .grpcConvention,
            basisNote: "gRPC: DEADLINE_EXCEEDED means the deadline expired before the operation could complete, which is transient; retry with backoff (the operation may still have completed).",
            description: "Request timeout",
            fix: "Retry with exponential backoff, first checking whether the operation completed (reuse the idempotency key).",
            samples: [
                CatalogSample(status: 504, body: #"{"message":"Deadline exceeded.","code":4}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "NOT_FOUND",
            grpcNumber: 5,
            httpStatus: 404,
            category: "not found",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: NOT_FOUND means the requested entity was not found, which a retry does not change.",
            description: "Resource not found",
            fix: "Check the resource name in the message, then send the request again.",
            samples: [
                CatalogSample(status: 404, body: #"""
                {
                  "message": "Resource \"accounts/acct_ACCOUNT_ID/customers/cus_INVALID\" (of type \"Customer\") not found.",
                  "code": 5
                }
                """#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "ALREADY_EXISTS",
            grpcNumber: 6,
            httpStatus: 409,
            category: "conflict",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: ALREADY_EXISTS means the entity the caller attempted to create already exists, which a retry does not change.",
            description: "The entity that a client attempted to create already exists.",
            fix: "Do not create the resource again; fetch the existing one instead.",
            samples: [
                CatalogSample(status: 409, body: #"{"message":"Resource \"accounts/acct_zQUMPM08HSe8jnPJ/customers/cus_joqgA2RB19fLy0Mg\" (of type \"Customer\") already exists.","code":6}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "PERMISSION_DENIED",
            grpcNumber: 7,
            httpStatus: 403,
            category: "permission denied",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: PERMISSION_DENIED means the caller lacks permission for the operation, which a retry does not change.",
            description: "Permission denied (missing or invalid API key)",
            fix: "Send a valid API key that has permission for the resource, then send the request again.",
            samples: [
                CatalogSample(status: 403, body: #"{"message":"Permission denied: missing or invalid API key.","code":7}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "RESOURCE_EXHAUSTED",
            grpcNumber: 8,
            httpStatus: 429,
            category: "resource exhausted",
            retryable: true,
            basis: .grpcConvention,
            basisNote: "gRPC: RESOURCE_EXHAUSTED (for example a per-user quota) clears over time; retry with backoff.",
            description: "Some resource has been exhausted, perhaps a per-user quota.",
            fix: "Retry with exponential backoff.",
            samples: [
                CatalogSample(status: 429, body: #"{"message":"Rate limit exceeded. Please retry later.","code":8}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "FAILED_PRECONDITION",
            grpcNumber: 9,
            httpStatus: 400,
            category: "failed precondition",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: FAILED_PRECONDITION means the system is not in the state the operation requires, and clients should not retry until that state is fixed.",
            description: "The operation was rejected because the system is not in a state required for the operation's execution.",
            fix: "Bring the resource into the state the operation requires, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"message":"Payment intent \"accounts/acct_zQUMPM08HSe8jnPJ/payment-intents/pi_1YLVUHFjxQieNOMEF2Ms\" is not in a state that allows capture.","code":9}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "ABORTED",
            grpcNumber: 10,
            httpStatus: 409,
            category: "conflict",
            retryable: true,
            basis: .grpcConvention,
            basisNote: "gRPC: ABORTED (typically a concurrency conflict) is retried at a higher level, repeating the whole operation with backoff.",
            description: "Conflict (e.g. idempotency key collision)",
            fix: "Retry the whole operation with backoff.",
            samples: [
                CatalogSample(status: 409, body: #"{"message":"The operation was aborted due to a concurrent update. Please retry.","code":10}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "OUT_OF_RANGE",
            grpcNumber: 11,
            httpStatus: 400,
            category: "out of range",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: OUT_OF_RANGE means the operation was attempted past the valid range, which a retry as sent does not change.",
            description: "The operation was attempted past the valid range.",
            fix: "Correct the out-of-range value, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"message":"Value of \"page_size\" is out of range: must be between 1 and 100.","code":11}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "UNIMPLEMENTED",
            grpcNumber: 12,
            httpStatus: 501,
            category: "unimplemented",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: UNIMPLEMENTED means the operation is not implemented or supported, which a retry does not change.",
            description: "The operation is not implemented or is not supported/enabled in this service.",
            fix: "Use an operation the API supports instead of retrying.",
            samples: [
                CatalogSample(status: 501, body: #"{"message":"Method not implemented.","code":12}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "INTERNAL",
            grpcNumber: 13,
            httpStatus: 500,
            category: "internal",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: INTERNAL means invariants of the underlying system are broken and is reserved for serious errors; unlike UNAVAILABLE it is not defined as transient, so it is not retried.",
            description: "Internal server error",
            fix: "Log the full response and check the state of the operation before sending it again.",
            samples: [
                CatalogSample(status: 500, body: #"{"message":"Internal error.","code":13}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "UNAVAILABLE",
            grpcNumber: 14,
            httpStatus: 503,
            category: "unavailable",
            retryable: true,
            basis: .grpcConvention,
            basisNote: "gRPC: UNAVAILABLE is most likely transient; retry with backoff.",
            description: "Service unavailable",
            fix: "Retry with exponential backoff.",
            samples: [
                CatalogSample(status: 503, body: #"{"message":"The service is currently unavailable.","code":14}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "DATA_LOSS",
            grpcNumber: 15,
            httpStatus: 500,
            category: "data loss",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: DATA_LOSS means unrecoverable data loss or corruption, which a retry cannot repair.",
            description: "Unrecoverable data loss or corruption.",
            fix: "Do not retry; log the full response and report it.",
            samples: [
                CatalogSample(status: 500, body: #"{"message":"Unrecoverable data loss or corruption.","code":15}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "UNAUTHENTICATED",
            grpcNumber: 16,
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: UNAUTHENTICATED means the request lacks valid authentication credentials, which a retry does not change.",
            description: "Authentication error (malformed credentials)",
            fix: "Fix the malformed credentials, then send the request again.",
            samples: [
                CatalogSample(status: 401, body: #"{"message":"Malformed credentials.","code":16}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "ABORTED",
            grpcNumber: 10,
            httpStatus: 409,
            category: "idempotency",
            retryable: true,
            basis: .grpcConvention,
            basisNote: "gRPC: ABORTED is retried at a higher level; here another request with the same idempotency key is still in progress, so waiting and retrying succeeds.",
            messageContains: "is in progress",
            description: "If two concurrent requests use the same idempotency key, the second request returns HTTP 409.",
            fix: "Wait for the in-progress request to finish, then retry with the same idempotency key.",
            samples: [
                CatalogSample(status: 409, body: #"""
                {
                  "message": "Another request with idempotency key \"fb_idem_key_...\" is in progress.",
                  "code": 10
                }
                """#),
                CatalogSample(status: 409, body: #"{"message":"Another request with idempotency key \"idem_j5cmtiEG1ztvNvV2FGkd\" is in progress.","code":10}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .grpcStatus,
            code: "INVALID_ARGUMENT",
            grpcNumber: 3,
            httpStatus: 400,
            category: "idempotency",
            retryable: false,
            basis: .grpcConvention,
            basisNote: "gRPC: INVALID_ARGUMENT is not retried as sent; a request that reuses an idempotency key with a different body fails the same way until the body is identical.",
            messageContains: "Mismatch between stored request body for idempotency key",
            description: "If a request reuses an idempotency key with a different request body, the API returns HTTP 400.",
            fix: "When retrying idempotent requests, please ensure the request body is identical; use a new idempotency key for a different request.",
            samples: [
                CatalogSample(status: 400, body: #"""
                {
                  "message": "Mismatch between stored request body for idempotency key and received request body. When retrying idempotent requests, please ensure the request body is identical.",
                  "code": 3
                }
                """#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .failureCode,
            code: "UNKNOWN",
            httpStatus: 200,
            category: "payment failure",
            retryable: nil,
            basis: .undetermined,
            basisNote: "Synaptopay: \"An unknown internal error occurred\" says nothing about whether the failure is transient.",
            description: "An unknown internal error occurred",
            fix: "Check the payment intent and the device before starting a new payment attempt.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_xZwl8mhPOkeZvIxzYA8C","object":"payment_intent","status":"failed","payment_error":{"code":"UNKNOWN","message":"An unknown internal error occurred.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_0F6yyiGRcox6jHW7hD11"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .failureCode,
            code: "DEVICE_BUSY",
            httpStatus: 200,
            category: "payment failure",
            retryable: true,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"The payment device is performing another operation\" (device busy) clears once that operation ends.",
            description: "The payment device is performing another operation",
            fix: "Wait for the device to finish its current operation, then retry the payment.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_pGJThFB1f6W70wakADye","object":"payment_intent","status":"failed","payment_error":{"code":"DEVICE_BUSY","message":"The payment device is busy with another operation.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_DfoCvWwbHQg5ksfDpe0s"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .failureCode,
            code: "DEVICE_OFFLINE",
            httpStatus: 200,
            category: "payment failure",
            retryable: true,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Cannot reach the payment device\" is a connectivity failure, not a refusal of the payment, so a retry can succeed once the device is reachable.",
            description: "Cannot reach the payment device",
            fix: "Bring the payment device back online (power and network), then retry the payment.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_IPQNx1FKKJBD93OqgxY9","object":"payment_intent","status":"failed","payment_error":{"code":"DEVICE_OFFLINE","message":"Cannot reach the payment device.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_Jw1w5BsAPFq7dH3YeG42"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .failureCode,
            code: "DEVICE_OPERATION_CANCELLED",
            httpStatus: 200,
            category: "payment failure",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"The operation was cancelled by the operator on the device\" is a deliberate cancellation, not a transient failure.",
            description: "The operation was cancelled by the operator on the device",
            fix: "Do not retry automatically; start a new payment only if the operator wants to charge again.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_3MBlfECBvJAFq4GgNrFx","object":"payment_intent","status":"failed","payment_error":{"code":"DEVICE_OPERATION_CANCELLED","message":"The operation was cancelled on the device.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_ktumafgRm14GenaSiRSd"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .failureCode,
            code: "DEVICE_OPERATION_EXPIRED",
            httpStatus: 200,
            category: "payment failure",
            retryable: true,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"The operation did not complete within 2 minutes\" is a time-out of that attempt, so a new attempt can complete.",
            description: "The operation did not complete within 2 minutes",
            fix: "Start the payment on the device again and complete it within 2 minutes.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_2QS353F2hUU6MxRXwure","object":"payment_intent","status":"failed","payment_error":{"code":"DEVICE_OPERATION_EXPIRED","message":"The operation did not complete within 2 minutes.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_bKG8qYSd4fis0xZM41pb"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .failureCode,
            code: "PAYMENT_METHOD_PROVIDER_DECLINE",
            httpStatus: 200,
            category: "payment failure",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Declined by the issuer or customer\" is a decline, which a retry does not change.",
            description: "Declined by the issuer or customer",
            fix: "Do not retry the same payment method; check the decline_code and ask the customer for another way to pay.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_FRrGJIX7ysDN60lnjmrl","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","message":"The payment was declined.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_vxxphZgiZ3QYv4j1tqT7"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .failureCode,
            code: "PAYMENT_METHOD_PROVIDER_TIMEOUT",
            httpStatus: 200,
            category: "payment failure",
            retryable: true,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Timeout from the payment provider\" is transient.",
            description: "Timeout from the payment provider",
            fix: "Retry the payment with backoff.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_unl9YF4sTFXdpnv2ADcv","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_TIMEOUT","message":"Timeout from the payment provider.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_DhB2u9lHos0IRyKpVDrh"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .failureCode,
            code: "PAYMENT_METHOD_NOT_AVAILABLE",
            httpStatus: 200,
            category: "payment failure",
            retryable: true,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Payment method is temporarily unavailable\" is transient.",
            description: "Payment method is temporarily unavailable",
            fix: "Retry the payment with backoff, or offer another payment method meanwhile.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_zQ0m7Qo60Li5qFECjuYg","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_NOT_AVAILABLE","message":"Payment method is temporarily unavailable.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_1JfZyi20EbAHCYxIC6yo"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "DO_NOT_HONOR",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Declined for an unknown reason\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "Declined for an unknown reason",
            fix: "Do not retry the same card; ask the customer for another payment method.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_Yvq3jyMZsGNynppTpqVV","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"DO_NOT_HONOR","message":"The card was declined.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_tELveNikxvUUeOMfkb8k"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "INSUFFICIENT_FUNDS",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Not enough funds on the card\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "Not enough funds on the card",
            fix: "Do not retry the same card; ask the customer for another payment method.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_Qh9cSTfPs8GelrERSL9A","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"INSUFFICIENT_FUNDS","message":"The card has insufficient funds.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_9pbMggWypNQWyO8KWqJ1"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "CARD_VELOCITY_EXCEEDED",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Card usage limits exceeded\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "Card usage limits exceeded",
            fix: "Do not retry the same card; ask the customer for another payment method.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_Wef6Y5KYY3jbnwQB9mT8","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"CARD_VELOCITY_EXCEEDED","message":"The card has exceeded its usage limits.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_6SlabhhnbsZ40zGrcz3i"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "TRANSACTION_NOT_ALLOWED",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Transaction type not permitted\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "Transaction type not permitted",
            fix: "Do not retry the same card; ask the customer for another payment method.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_WJHcs6JKDfkSVW8F46qQ","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"TRANSACTION_NOT_ALLOWED","message":"This transaction type is not permitted for the card.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_Scg3crkBkEYV6XqRm3HW"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "INCORRECT_NUMBER",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Invalid card number\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "Invalid card number",
            fix: "Do not retry as sent; ask the customer to check the card number or use another card.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_877eGnb6BFBDuWfdRZiE","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"INCORRECT_NUMBER","message":"The card number is invalid.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_xyILVbsBelGgobOMuolC"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "INCORRECT_CVC",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Invalid CVC code\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "Invalid CVC code",
            fix: "Do not retry as sent; ask the customer to re-enter the CVC.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_1jyNRW8TDviiFhMXoctq","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"INCORRECT_CVC","message":"The CVC code is invalid.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_3MgXhOl43sCqqyk8tuKL"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "INCORRECT_EXPIRY",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Invalid expiration date\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "Invalid expiration date",
            fix: "Do not retry as sent; ask the customer to re-enter the expiration date.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_Szyg9UvQV8eXvUO5zBCB","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"INCORRECT_EXPIRY","message":"The expiration date is invalid.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_e8PHiecuYualdGXKHofO"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "INCORRECT_PIN",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"Invalid PIN\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "Invalid PIN",
            fix: "Do not retry as sent; ask the customer to re-enter the PIN.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_mftxPTVP7wHpVfmkfL8Z","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"INCORRECT_PIN","message":"The PIN is invalid.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_99jPx9m02Bb3F8NuvrbO"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "EXPIRED_CARD",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"The card has expired\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "The card has expired",
            fix: "Do not retry the same card; ask the customer for a card that has not expired.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_1Rb853iGn95dCI7Xd93L","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"EXPIRED_CARD","message":"The card has expired.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_e8aJLB0CDKBX9zfQjdgF"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "CALL_ISSUER",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"The cardholder should contact their issuer\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "The cardholder should contact their issuer",
            fix: "Do not retry; the cardholder should contact their issuer.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_SRcOaQuVLpAjq5we2rLt","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"CALL_ISSUER","message":"The cardholder should contact their issuer.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_GwK7j6RwS77HsX91hQAK"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "PICK_UP_CARD",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"The card cannot be used\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "The card cannot be used",
            fix: "Do not retry the same card; ask the customer for another payment method.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_G1V6TNold5PiRrZGIqxB","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"PICK_UP_CARD","message":"The card cannot be used.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_zqCytByttbpYNzZIH6Tz"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "LOST_CARD",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"The card has been reported lost\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "The card has been reported lost",
            fix: "Do not retry the same card; ask the customer for another payment method.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_FtVmuhOxtbZYtZBMNCnN","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"LOST_CARD","message":"The card was declined.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_HglBITaHcRnIPr0hJxfz"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "STOLEN_CARD",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"The card has been reported stolen\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "The card has been reported stolen",
            fix: "Do not retry the same card; ask the customer for another payment method.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_K9TcsI5EiEEAaxzy7RZS","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"STOLEN_CARD","message":"The card was declined.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_Z5bHGjJh3lz7Wm6gkhvJ"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "FRAUDULENT",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"The card has been flagged as fraudulent\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "The card has been flagged as fraudulent",
            fix: "Do not retry the same card; ask the customer for another payment method.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_C1HOTDhnyGT0SGcwbN1b","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"FRAUDULENT","message":"The card was declined.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_J6hOv5d0Ba2daZQX2t4r"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .synaptopay,
            kind: .declineCode,
            code: "GENERIC_DECLINE",
            httpStatus: 200,
            category: "decline",
            retryable: false,
            basis: .codeDescription,
            basisNote: "Synaptopay: \"A generic decline with no additional detail\" comes with PAYMENT_METHOD_PROVIDER_DECLINE, \"Declined by the issuer or customer\", which a retry does not change.",
            description: "A generic decline with no additional detail",
            fix: "Do not retry the same card; ask the customer for another payment method.",
            samples: [
                CatalogSample(status: 200, body: #"{"id":"pi_4o5BfgeHs2V3Y7x6qD4v","object":"payment_intent","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"GENERIC_DECLINE","message":"The card was declined.","payment_method":"accounts/acct_zQUMPM08HSe8jnPJ/payment-methods/pm_UE6BSbU4rSTBTspRWFM7"}}"#),
            ]
        ),
    ]
}

// StableGenius — transcribed from the public "Error Codes" reference at docs.stablegenius.co (15 codes).
// Retry rule: "Retry on 429 and 500 with exponential backoff. Use the X-RateLimit-Reset header for rate limits."
// and "Never retry on 400, 401, 403, 404 — these indicate issues with your request, not transient failures."
// The rule is silent on 409 and 422; those codes are decided from their Resolution text.
// Each code's error type follows its HTTP status and the type table; the api_error type (500) has no code
// in the document, so it has no entry here.

extension ProviderCatalog {
    static let stablegenius: [CatalogEntry] = [
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "amount_out_of_range",
            httpStatus: 400,
            category: "invalid_request_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 400.",
            description: "Amount is below 10,000.",
            fix: "Adjust the amount to within the allowed range.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"type":"invalid_request_error","code":"amount_out_of_range","message":"Amount 5000 is below the minimum of 10000.","param":"amount"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "invalid_currency",
            httpStatus: 400,
            category: "invalid_request_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 400.",
            description: "Currency is not usd.",
            fix: "Set currency to \"usd\".",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"type":"invalid_request_error","code":"invalid_currency","message":"Currency \"eur\" is not supported. Use \"usd\".","param":"currency"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "invalid_merchant",
            httpStatus: 400,
            category: "invalid_request_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 400.",
            description: "Merchant ID is malformed.",
            fix: "Check the merchant ID format (mer_*).",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"type":"invalid_request_error","code":"invalid_merchant","message":"Merchant ID \"merchant-42\" is malformed.","param":"merchant_id"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "merchant_not_found",
            httpStatus: 404,
            category: "not_found_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 404.",
            description: "Merchant does not exist or is not accessible to this API key.",
            fix: "Verify the merchant ID and API key permissions.",
            samples: [
                CatalogSample(status: 404, body: #"{"error":{"type":"not_found_error","code":"merchant_not_found","message":"No such merchant: mer_8fK2pQ7wLx3N.","param":"merchant_id"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "merchant_not_active",
            httpStatus: 422,
            category: "conflict_error",
            retryable: false,
            basis: .codeDescription,
            basisNote: "StableGenius gives no retry rule for 422; its resolution (\"Contact support or check merchant status in the dashboard.\") needs the merchant reactivated, not a retry (typed conflict_error: the merchant's existing state blocks the request).",
            description: "Merchant account is suspended or deactivated.",
            fix: "Contact support or check merchant status in the dashboard.",
            samples: [
                CatalogSample(status: 422, body: #"{"error":{"type":"conflict_error","code":"merchant_not_active","message":"Merchant mer_8fK2pQ7wLx3N is suspended.","param":"merchant_id"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "intent_not_cancellable",
            httpStatus: 409,
            category: "conflict_error",
            retryable: false,
            basis: .codeDescription,
            basisNote: "StableGenius gives no retry rule for 409; its resolution (\"Only intents with status awaiting_payment can be cancelled.\") means retrying cannot succeed once the intent has left awaiting_payment.",
            description: "Payment intent is not in awaiting_payment status.",
            fix: "Only intents with status awaiting_payment can be cancelled.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":{"type":"conflict_error","code":"intent_not_cancellable","message":"Payment intent pi_4Hq9ZtB2mXc7 has status confirmed and cannot be cancelled.","param":null}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "idempotency_key_conflict",
            httpStatus: 409,
            category: "conflict_error",
            retryable: false,
            basis: .codeDescription,
            basisNote: "StableGenius gives no retry rule for 409; its resolution (\"Use a unique idempotency key for each distinct request.\") needs the request changed, so a retry as sent fails the same way.",
            description: "The idempotency key was used with different parameters.",
            fix: "Use a unique idempotency key for each distinct request.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":{"type":"conflict_error","code":"idempotency_key_conflict","message":"Idempotency key \"7b1e2c9a-0f4d-4c1e-9a57-3d2b8e6f1a04\" was already used with different parameters.","param":null}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "ttl_out_of_range",
            httpStatus: 400,
            category: "invalid_request_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 400.",
            description: "TTL is below 60 or above 3600 seconds.",
            fix: "Set TTL between 60 and 3600.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"type":"invalid_request_error","code":"ttl_out_of_range","message":"ttl must be between 60 and 3600 seconds.","param":"ttl"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "missing_api_key",
            httpStatus: 401,
            category: "authentication_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 401.",
            description: "No Authorization header provided.",
            fix: "Include Authorization: Bearer sk_* in request headers.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"type":"authentication_error","code":"missing_api_key","message":"No API key provided. Include an Authorization: Bearer header.","param":null}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "invalid_api_key",
            httpStatus: 401,
            category: "authentication_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 401.",
            description: "API key is malformed or does not exist.",
            fix: "Check that the key is correct and hasn’t been revoked.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"type":"authentication_error","code":"invalid_api_key","message":"Invalid API key provided.","param":null}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "revoked_api_key",
            httpStatus: 401,
            category: "authentication_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 401.",
            description: "API key has been revoked.",
            fix: "Generate a new API key from the dashboard.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"type":"authentication_error","code":"revoked_api_key","message":"This API key has been revoked.","param":null}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "environment_mismatch",
            httpStatus: 403,
            category: "authorization_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 403.",
            description: "Using a test key against production resources or vice versa.",
            fix: "Use sk_test_* for sandbox and sk_live_* for production.",
            samples: [
                CatalogSample(status: 403, body: #"{"error":{"type":"authorization_error","code":"environment_mismatch","message":"A test API key cannot access live-mode resources.","param":null}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "invalid_webhook_url",
            httpStatus: 400,
            category: "invalid_request_error",
            retryable: false,
            basis: .statusRule,
            basisNote: "StableGenius: never retry 400.",
            description: "Webhook URL is not a valid HTTPS URL.",
            fix: "Provide a valid HTTPS URL.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"type":"invalid_request_error","code":"invalid_webhook_url","message":"Webhook URL must use https.","param":"url"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "webhook_unreachable",
            httpStatus: 422,
            category: "invalid_request_error",
            retryable: false,
            basis: .codeDescription,
            basisNote: "StableGenius gives no retry rule for 422; its resolution (\"Ensure your endpoint is publicly accessible and returns 200.\") needs the endpoint fixed first (typed invalid_request_error: the webhook URL parameter cannot be used).",
            description: "Could not reach the webhook URL during registration.",
            fix: "Ensure your endpoint is publicly accessible and returns 200.",
            samples: [
                CatalogSample(status: 422, body: #"{"error":{"type":"invalid_request_error","code":"webhook_unreachable","message":"Could not reach https://hooks.example.com/stablegenius during registration.","param":"url"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .stablegenius,
            kind: .error,
            code: "rate_limit_exceeded",
            httpStatus: 429,
            category: "rate_limit_error",
            retryable: true,
            basis: .statusRule,
            basisNote: "StableGenius: retry 429 with exponential backoff, using the X-RateLimit-Reset header.",
            description: "Too many requests in the current window.",
            fix: "Wait and retry. Check X-RateLimit-Reset header for when the window resets.",
            samples: [
                CatalogSample(status: 429, body: #"{"error":{"type":"rate_limit_error","code":"rate_limit_exceeded","message":"Too many requests in the current window.","param":null}}"#),
            ]
        ),
    ]
}

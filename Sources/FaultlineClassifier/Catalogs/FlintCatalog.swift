// Flint — transcribed from Flint's public "Error codes" reference (40 codes).
// Retry rule: the document states retryability for every code ("Retryable" / "Not retryable"); its HTTP
// status table adds "429 Rate limited. Honor the Retry-After header." and "5xx Flint server error. Retry with
// exponential backoff."
// The document gives no HTTP status per code: each httpStatus is read off that status table by category
// (validation 400, authentication 401, authorization 403, not found 404, idempotency and state conflicts 409,
// rate limit 429, server errors 500/503/504), with 405 and 415 for the method and content-type errors.

extension ProviderCatalog {
    static let flint: [CatalogEntry] = [
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "API_KEY_EXPIRED",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under API_KEY_EXPIRED: \"authentication · Not retryable\".",
            description: "The API key exists but is past its expiration time.",
            fix: "Create or use an active API key for the target mode and merchant, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"code":"API_KEY_EXPIRED","message":"The API key expired on 2025-03-31T00:00:00Z.","param":null,"request_id":"req_CS3876RMR9p2jcoTN2mmGcUw"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "API_KEY_MODE_MISMATCH",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under API_KEY_MODE_MISMATCH: \"authentication · Not retryable\".",
            description: "The API key is not usable for its stored payment-mode binding.",
            fix: "Create or use an API key whose mode matches the target environment, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"code":"API_KEY_MODE_MISMATCH","message":"This live-mode API key cannot be used in test mode.","request_id":"req_Mizol25S212Do8CvX8K6ixBt"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "API_KEY_NOT_FOUND",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under API_KEY_NOT_FOUND: \"authentication · Not retryable\".",
            description: "No API key matches the provided credential.",
            fix: "Check the API key value or create a new API key, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"code":"API_KEY_NOT_FOUND","message":"No API key matches the provided credential.","param":null,"request_id":"req_KAD7aTFQbMEppbEyGIJzNchx"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "API_KEY_REQUIRED",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under API_KEY_REQUIRED: \"authentication · Not retryable\".",
            description: "The request did not include an API key or accepted bearer credential.",
            fix: "Send a Flint API key in X-API-Key or as Authorization: Bearer <API_KEY>, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"code":"API_KEY_REQUIRED","message":"An API key is required. Send it in X-API-Key or as Authorization: Bearer <API_KEY>.","request_id":"req_YAQzHIi2LD4mg6AEX4l2EfUk"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "API_KEY_REVOKED",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under API_KEY_REVOKED: \"authentication · Not retryable\".",
            description: "The API key exists but has been revoked.",
            fix: "Create or use an active API key for the target mode and merchant, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"code":"API_KEY_REVOKED","message":"The API key has been revoked.","param":null,"request_id":"req_ClQ2CYHmgaUgKBm6boVkgts6"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "API_KEY_SANDBOX_UNAVAILABLE",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under API_KEY_SANDBOX_UNAVAILABLE: \"authentication · Not retryable\".",
            description: "The API key is bound to a sandbox that is missing, archived, inactive, or mode-incompatible.",
            fix: "Create or use a sandbox-bound test key for an active sandbox, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"code":"API_KEY_SANDBOX_UNAVAILABLE","message":"The sandbox bound to this API key is archived.","request_id":"req_DgEOedCkYIce6ovv2iKQuZL4"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "API_KEY_SCOPE_UNSUPPORTED",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under API_KEY_SCOPE_UNSUPPORTED: \"authentication · Not retryable\".",
            description: "The API key uses a legacy or unsupported scope grant.",
            fix: "Create a new API key with explicit public API scopes, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"code":"API_KEY_SCOPE_UNSUPPORTED","message":"The API key uses a legacy scope grant that is no longer supported.","param":null,"request_id":"req_KzEe0008xwJ9A2Gc6Kuwddk1"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "AUTHENTICATION_FAILED",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under AUTHENTICATION_FAILED: \"authentication · Not retryable\".",
            description: "The request could not be authenticated.",
            fix: "Send a valid Flint API key, partner install token, checkout session credential, or dashboard session for this route, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"code":"AUTHENTICATION_FAILED","message":"The request could not be authenticated.","request_id":"req_VPlwham03Hy9qnd6BPUCZ6m8"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "AUTHORIZATION_FAILED",
            httpStatus: 403,
            category: "authorization",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under AUTHORIZATION_FAILED: \"authorization · Not retryable\".",
            description: "The authenticated caller is not authorized for this operation.",
            fix: "Use credentials with access to the target merchant, environment, route, and scope, then retry.",
            samples: [
                CatalogSample(status: 403, body: #"{"error":{"code":"AUTHORIZATION_FAILED","message":"The authenticated caller is not authorized for this operation.","param":null,"request_id":"req_4VWofT0E1Dv3qkpC9d1fXiQc"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "DANGLING_EXPANSION_REFERENCE",
            httpStatus: 500,
            category: "server error",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under DANGLING_EXPANSION_REFERENCE: \"server error · Not retryable\".",
            description: "A public resource referenced another resource that could not be resolved during expansion.",
            fix: "Contact support with the request_id; this indicates a Flint data-integrity defect.",
            samples: [
                CatalogSample(status: 500, body: #"{"code":"DANGLING_EXPANSION_REFERENCE","message":"Expanded reference customer \"cus_7QpZ2mB8xK\" could not be resolved.","param":"expand","request_id":"req_RkvRS6VQQlKnHN5dQ3iiIoRE"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "DEMO_SESSION_ROUTE_NOT_ALLOWED",
            httpStatus: 403,
            category: "authorization",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under DEMO_SESSION_ROUTE_NOT_ALLOWED: \"authorization · Not retryable\".",
            description: "The demo session key cannot access this route.",
            fix: "Use a merchant API key for this route, or call a route supported by demo sessions.",
            samples: [
                CatalogSample(status: 403, body: #"{"error":{"code":"DEMO_SESSION_ROUTE_NOT_ALLOWED","message":"Demo session keys cannot access POST /v1/refunds.","param":null,"request_id":"req_3eOtRz8A7HrXe0RSK88j4S4P"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "EXPANSION_DEPENDENCY_UNAVAILABLE",
            httpStatus: 503,
            category: "server error",
            retryable: true,
            basis: .catalog,
            basisNote: "Flint's error reference, under EXPANSION_DEPENDENCY_UNAVAILABLE: \"server error · Retryable\".",
            description: "A service required for an accepted expansion is unavailable.",
            fix: "Retry with exponential backoff. Contact support with the request_id if the error persists.",
            samples: [
                CatalogSample(status: 503, body: #"{"code":"EXPANSION_DEPENDENCY_UNAVAILABLE","message":"A service required to expand \"customer\" is unavailable.","param":"expand","request_id":"req_Vu8pzULqJXArzP5JIidmBSni"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "EXPANSION_LIMIT_EXCEEDED",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under EXPANSION_LIMIT_EXCEEDED: \"validation · Not retryable\".",
            description: "The requested expansion exceeded a route fanout or response-size limit.",
            fix: "Request fewer expansions or use follow-up read/list endpoints.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"code":"EXPANSION_LIMIT_EXCEEDED","message":"Too many expansions requested; at most 4 expand paths are allowed on this route.","param":"expand","request_id":"req_zWG6hBoihQwUKFYByBCkPqh0"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "EXPANSION_RESOLUTION_FAILED",
            httpStatus: 500,
            category: "server error",
            retryable: true,
            basis: .catalog,
            basisNote: "Flint's error reference, under EXPANSION_RESOLUTION_FAILED: \"server error · Retryable\".",
            description: "Flint could not resolve an accepted expansion.",
            fix: "Retry with exponential backoff. Contact support with the request_id if the error persists.",
            samples: [
                CatalogSample(status: 500, body: #"{"code":"EXPANSION_RESOLUTION_FAILED","message":"Flint could not resolve the expansion \"payment_method\".","param":"expand","request_id":"req_aY9hVDV9jXLrlkEJ0Rn042Fs"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "IDEMPOTENCY_KEY_IN_PROGRESS",
            httpStatus: 409,
            category: "idempotency",
            retryable: true,
            basis: .catalog,
            basisNote: "Flint's error reference, under IDEMPOTENCY_KEY_IN_PROGRESS: \"idempotency · Retryable\".",
            description: "A request with the same idempotency key is still in progress.",
            fix: "Wait briefly and retry with the same idempotency key.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":{"code":"IDEMPOTENCY_KEY_IN_PROGRESS","message":"A request with idempotency key \"order-4821-capture\" is still in progress.","param":null,"request_id":"req_Zq1Zy0bpSjZ49bFQIsRRQyci"}}"#),
                CatalogSample(status: 409, body: #"{"code":"IDEMPOTENCY_KEY_IN_PROGRESS","message":"A request with idempotency key \"order-4821-capture\" is still in progress.","request_id":"req_DfWOSNT1qiYc2u2hkwYVt15W"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "IDEMPOTENCY_KEY_REUSED",
            httpStatus: 409,
            category: "idempotency",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under IDEMPOTENCY_KEY_REUSED: \"idempotency · Not retryable\".",
            description: "The idempotency key was reused with a different request body.",
            fix: "Use the original request body with this idempotency key, or generate a new idempotency key for a new operation.",
            samples: [
                CatalogSample(status: 409, body: #"{"code":"IDEMPOTENCY_KEY_REUSED","message":"Idempotency key \"order-4821-capture\" was already used with a different request body.","request_id":"req_u6ix6uM7jME8fV9csev63MjI"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "INSUFFICIENT_SCOPE",
            httpStatus: 403,
            category: "authorization",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under INSUFFICIENT_SCOPE: \"authorization · Not retryable\".",
            description: "The API key is missing a required scope.",
            fix: "Create or use an API key with the required scope, then retry the request.",
            samples: [
                CatalogSample(status: 403, body: #"{"error":{"code":"INSUFFICIENT_SCOPE","message":"The API key is missing the required scope \"payment_intents:write\".","param":null,"request_id":"req_5wUzljlg7ZTUcsBEzabd6e4O"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "INTERNAL_ERROR",
            httpStatus: 500,
            category: "server error",
            retryable: true,
            basis: .catalog,
            basisNote: "Flint's error reference, under INTERNAL_ERROR: \"server error · Retryable\".",
            description: "Flint returned an internal server error.",
            fix: "Retry with exponential backoff. Contact support with the request_id if the error persists.",
            samples: [
                CatalogSample(status: 500, body: #"{"code":"INTERNAL_ERROR","message":"An internal error occurred. Please retry the request.","request_id":"req_LY0ebbbWx93hvj29ZQsG8gmG"}"#),
                CatalogSample(status: 500, body: #"{"error":{"code":"INTERNAL_ERROR","message":"An internal error occurred. Please retry the request.","param":null,"request_id":"req_56xKcboMl2liley4cx6rW4Wu"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "INVALID_API_KEY",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under INVALID_API_KEY: \"authentication · Not retryable\".",
            description: "The API key credential is malformed or invalid.",
            fix: "Check the API key value or create a new API key, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"code":"INVALID_API_KEY","message":"The API key is malformed.","param":null,"request_id":"req_QQSX9mDg5PWEndpMM9zFhg52"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "INVALID_AUTHORIZATION_HEADER",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under INVALID_AUTHORIZATION_HEADER: \"authentication · Not retryable\".",
            description: "The Authorization header is malformed or uses an unsupported credential.",
            fix: "Send a Flint API key or partner install token as Authorization: Bearer <token>, or use X-API-Key for API keys.",
            samples: [
                CatalogSample(status: 401, body: #"{"code":"INVALID_AUTHORIZATION_HEADER","message":"The Authorization header must use the Bearer scheme.","request_id":"req_MYj1M28uL0It0Yj6sccW0bw1"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "INVALID_EXPAND",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under INVALID_EXPAND: \"validation · Not retryable\".",
            description: "The request included an invalid or unsupported expand path.",
            fix: "Fix or remove the requested expand path; use only supported values documented for the route.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"code":"INVALID_EXPAND","message":"\"customer.invoices\" is not a supported expand path for this route.","param":"expand","request_id":"req_h9fa2FIGzljbO8mhkDuqOTZL"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "INVALID_EXPIRES_AT",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under INVALID_EXPIRES_AT: \"validation · Not retryable\".",
            description: "The request included an invalid or past expiration timestamp.",
            fix: "Send expires_at as a future RFC3339 timestamp, or omit it for a non-expiring key.",
            samples: [
                CatalogSample(status: 400, body: #"{"code":"INVALID_EXPIRES_AT","message":"expires_at must be a future RFC3339 timestamp.","param":"expires_at","request_id":"req_7kX6M9jKIWOycAh1uJwJuAzK"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "INVALID_FIELD_TYPE",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under INVALID_FIELD_TYPE: \"validation · Not retryable\".",
            description: "The request payload contains a field with the wrong JSON type.",
            fix: "Send the field using the documented JSON type, then retry with the same idempotency key if this was the same logical operation.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"code":"INVALID_FIELD_TYPE","message":"amount must be an integer.","param":"amount","request_id":"req_xKStq8Y0louDEDMr8vAhgJZL"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "INVALID_JSON",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under INVALID_JSON: \"validation · Not retryable\".",
            description: "The request payload or query parameters did not pass validation.",
            fix: "Fix the field identified by the error response, then retry with the same idempotency key if this was the same logical operation.",
            samples: [
                CatalogSample(status: 400, body: #"{"code":"INVALID_JSON","message":"The request body could not be parsed as JSON.","request_id":"req_b0Z8hOZ9hhzDDjLRU9adMsnA"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "INVALID_PARTNER_TOKEN",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under INVALID_PARTNER_TOKEN: \"authentication · Not retryable\".",
            description: "The partner install token is invalid or expired.",
            fix: "Refresh or reinstall the partner app authorization, then retry with a valid partner install token.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"code":"INVALID_PARTNER_TOKEN","message":"The partner install token has expired.","param":null,"request_id":"req_WtGJ5T0YSUsHFb9JwIpAmf4c"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "MERCHANT_NOT_READY",
            httpStatus: 409,
            category: "merchant readiness",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under MERCHANT_NOT_READY: \"merchant readiness · Not retryable\".",
            description: "The merchant is not ready for this operation.",
            fix: "Complete the required merchant readiness or onboarding action before retrying.",
            samples: [
                CatalogSample(status: 409, body: #"{"code":"MERCHANT_NOT_READY","message":"The merchant is not ready for this operation.","request_id":"req_PAKYH1JjXheIRLlVrahuZqko"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "MERCHANT_ONBOARDING_REQUIRED",
            httpStatus: 409,
            category: "merchant readiness",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under MERCHANT_ONBOARDING_REQUIRED: \"merchant readiness · Not retryable\".",
            description: "The merchant is not ready for this operation.",
            fix: "Complete the required merchant readiness or onboarding action before retrying.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":{"code":"MERCHANT_ONBOARDING_REQUIRED","message":"The merchant must complete onboarding before accepting live payments.","param":null,"request_id":"req_j15UWWt2jZtr6XrqRVOs0kXK"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "METHOD_NOT_ALLOWED",
            httpStatus: 405,
            category: "request error",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under METHOD_NOT_ALLOWED: \"request error · Not retryable\".",
            description: "The route exists, but does not support the requested HTTP method.",
            fix: "Use one of the methods supported by the route, as listed in the Allow header.",
            samples: [
                CatalogSample(status: 405, body: #"{"code":"METHOD_NOT_ALLOWED","message":"DELETE is not supported on /v1/payment_intents/{id}. Allowed: GET, POST.","request_id":"req_pzyv46LIwuTke5PNJHMu25d0"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "ORDER_LINKED_PAYMENT_INTENT",
            httpStatus: 409,
            category: "request error",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under ORDER_LINKED_PAYMENT_INTENT: \"request error · Not retryable\".",
            description: "The payment intent is attached to an order and cannot be managed through the generic payment-intent action route.",
            fix: "Use the order payment flow to confirm, capture, or cancel this payment intent.",
            samples: [
                CatalogSample(status: 409, body: #"{"error":{"code":"ORDER_LINKED_PAYMENT_INTENT","message":"Payment intent pi_3NfK8sLp2QwE is attached to order ord_9TzXc41Hq and must be captured through the order.","param":null,"request_id":"req_o3op9u8cHPPmPKXtpAii3M3m"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "RATE_LIMIT_EXCEEDED",
            httpStatus: 429,
            category: "rate limit",
            retryable: true,
            basis: .catalog,
            basisNote: "Flint's error reference, under RATE_LIMIT_EXCEEDED: \"rate limit · Retryable\".",
            description: "The request exceeded the configured rate limit.",
            fix: "Retry with exponential backoff and jitter. Use the Retry-After header when present.",
            samples: [
                CatalogSample(status: 429, body: #"{"code":"RATE_LIMIT_EXCEEDED","message":"Too many requests. Retry after 2 seconds.","request_id":"req_Os6Q0qaWBXrqZFAQyAYYs3Jj"}"#),
                CatalogSample(status: 429, body: #"{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Too many requests. Retry after 2 seconds.","param":null,"request_id":"req_BeOwy27foz9dZeve22bz1OiG"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "REQUEST_FAILED",
            httpStatus: 400,
            category: "request error",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under REQUEST_FAILED: \"request error · Not retryable\".",
            description: "The request could not be completed as submitted or in its current state.",
            fix: "Inspect the error response, correct the request or resource state, then retry.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"code":"REQUEST_FAILED","message":"The payment intent cannot be captured in its current state.","param":null,"request_id":"req_2d8DEhTaWOCaecdIMUwalXci"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "REQUEST_TIMEOUT",
            httpStatus: 504,
            category: "server error",
            retryable: true,
            basis: .catalog,
            basisNote: "Flint's error reference, under REQUEST_TIMEOUT: \"server error · Retryable\".",
            description: "The request timed out before Flint could complete it.",
            fix: "Retry with exponential backoff. Contact support with the request_id if the timeout persists.",
            samples: [
                CatalogSample(status: 504, body: #"{"code":"REQUEST_TIMEOUT","message":"The request timed out before it could be completed.","request_id":"req_n865Mm3eprAquCF5tlYeSYJJ"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "RESOURCE_NOT_FOUND",
            httpStatus: 404,
            category: "request error",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under RESOURCE_NOT_FOUND: \"request error · Not retryable\".",
            description: "The requested resource could not be found for the authenticated merchant and environment.",
            fix: "Check the resource ID, mode, and merchant context, then retry.",
            samples: [
                CatalogSample(status: 404, body: #"{"error":{"code":"RESOURCE_NOT_FOUND","message":"No such payment intent: pi_3NfK8sLp2QwE.","param":"id","request_id":"req_Be4V3DQkRlw35lXL6mLmaDVT"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "ROUTE_NOT_FOUND",
            httpStatus: 404,
            category: "request error",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under ROUTE_NOT_FOUND: \"request error · Not retryable\".",
            description: "No public API route matched the request path.",
            fix: "Check the path and remove unsupported trailing slashes or legacy routes before retrying.",
            samples: [
                CatalogSample(status: 404, body: #"{"code":"ROUTE_NOT_FOUND","message":"No route matches POST /v1/payment_intents/.","request_id":"req_hrCPRb2yK99YuHCUiLu69CI8"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "SANDBOX_SELECTION_REQUIRED",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under SANDBOX_SELECTION_REQUIRED: \"authentication · Not retryable\".",
            description: "The test-mode API key is not bound to a sandbox.",
            fix: "Create or use a sandbox-bound test key for the sandbox this request should target, then retry.",
            samples: [
                CatalogSample(status: 401, body: #"{"error":{"code":"SANDBOX_SELECTION_REQUIRED","message":"This test-mode API key is not bound to a sandbox.","param":null,"request_id":"req_IpNbi0ZOhppNoy4GzABcTkCe"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "SERVICE_UNAVAILABLE",
            httpStatus: 503,
            category: "server error",
            retryable: true,
            basis: .catalog,
            basisNote: "Flint's error reference, under SERVICE_UNAVAILABLE: \"server error · Retryable\".",
            description: "A service required to complete the request is temporarily unavailable.",
            fix: "Retry with exponential backoff. Contact support with the request_id if the error persists.",
            samples: [
                CatalogSample(status: 503, body: #"{"code":"SERVICE_UNAVAILABLE","message":"The service is temporarily unavailable. Please retry.","request_id":"req_5yAXQFTnq1IYhBdZjTU0AJ4P"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "UNKNOWN_FIELD",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under UNKNOWN_FIELD: \"validation · Not retryable\".",
            description: "The request payload or query parameters did not pass validation.",
            fix: "Fix the field identified by the error response, then retry with the same idempotency key if this was the same logical operation.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"code":"UNKNOWN_FIELD","message":"Unknown field \"amout\".","param":"amout","request_id":"req_GdMc87shvr51sqmoC0U3iNrL"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "UNSUPPORTED_CONTENT_TYPE",
            httpStatus: 415,
            category: "request error",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under UNSUPPORTED_CONTENT_TYPE: \"request error · Not retryable\".",
            description: "The request body used an unsupported Content-Type.",
            fix: "Send JSON request bodies with Content-Type: application/json, then retry.",
            samples: [
                CatalogSample(status: 415, body: #"{"code":"UNSUPPORTED_CONTENT_TYPE","message":"Content-Type text/plain is not supported; send application/json.","request_id":"req_45OTdV20JWvqkbS2XHgm3Kkf"}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "UNSUPPORTED_QUERY_PARAM",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under UNSUPPORTED_QUERY_PARAM: \"validation · Not retryable\".",
            description: "The request included a query parameter this endpoint does not support.",
            fix: "Remove the unsupported query parameter or use a documented accepted expand encoding.",
            samples: [
                CatalogSample(status: 400, body: #"{"error":{"code":"UNSUPPORTED_QUERY_PARAM","message":"Query parameter \"sort\" is not supported by this endpoint.","param":"sort","request_id":"req_omAer25YWsUcolVZjoS2Enbr"}}"#),
            ]
        ),
        CatalogEntry(
            provider: .flint,
            kind: .error,
            code: "VALIDATION_ERROR",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .catalog,
            basisNote: "Flint's error reference, under VALIDATION_ERROR: \"validation · Not retryable\".",
            description: "The request payload or query parameters did not pass validation.",
            fix: "Fix the field identified by the error response, then retry with the same idempotency key if this was the same logical operation.",
            samples: [
                CatalogSample(status: 400, body: #"{"code":"VALIDATION_ERROR","message":"amount must be greater than 0.","param":"amount","request_id":"req_Nyxl3bWpVD9LOdda2m1tuwc4"}"#),
                CatalogSample(status: 400, body: #"{"error":{"code":"VALIDATION_ERROR","message":"amount must be greater than 0.","param":"amount","request_id":"req_80Ve3X297bBvFAx4vOToGfrr"}}"#),
            ]
        ),
    ]
}

// FlowPayment Cashier — transcribed from the public "Error Codes" reference at cashier.flowpayment.net
// (29 coded errors in six categories, plus the four HTTP status table rows that have no code of their own,
// coded here from the status name: CONFLICT 409, UNPROCESSABLE 422, TOO_MANY_REQUESTS 429,
// INTERNAL_SERVER_ERROR 500; the 200 OK row is not an error).
// Retry rule: "Retry transient errors (429, 5xx) with exponential backoff"; "For 429 (Rate Limited) errors,
// always check the Retry-After header. For 5xx errors, use exponential backoff: wait 1s, 2s, 4s, 8s between
// retries." Client errors are not retried ("Client error - don't retry"). The 409 ("request still
// processing") is transient; the 422 ("different request body") is not.
// Bodies are RFC 7807 problem details; coded samples carry the code as a `code` extension member, and the
// document's own example bodies (which have no `code`) are kept verbatim.

extension ProviderCatalog {
    static let cashier: [CatalogEntry] = [
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "UNAUTHORIZED",
            httpStatus: 401,
            category: "authentication",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 401 is a client error.",
            description: "Missing or invalid API key",
            fix: "Send a valid API key in the X-API-Key header; do not retry until the key is corrected.",
            samples: [
                CatalogSample(status: 401, body: #"""
                {
                  "type": "about:blank",
                  "title": "Unauthorized",
                  "status": 401,
                  "detail": "Invalid or missing API key",
                  "instance": "/api/v1/checkout"
                }
                """#),
                CatalogSample(status: 401, body: #"{"type":"https://cashier.flowpayment.net/errors/unauthorized","title":"Unauthorized","status":401,"detail":"Invalid or missing API key","instance":"/api/v1/checkout","code":"UNAUTHORIZED"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "FORBIDDEN",
            httpStatus: 403,
            category: "authentication",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 403 is a client error.",
            description: "API key lacks permission for this resource",
            fix: "Use an API key that has permission for this resource; do not retry the same request.",
            samples: [
                CatalogSample(status: 403, body: #"{"type":"https://cashier.flowpayment.net/errors/forbidden","title":"Forbidden","status":403,"detail":"API key does not have access to payouts","instance":"/api/v1/payouts","code":"FORBIDDEN"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "MERCHANT_NOT_FOUND",
            httpStatus: 404,
            category: "authentication",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 404 is a client error.",
            description: "Merchant ID not found in the system",
            fix: "Check the merchant ID sent with the request; do not retry the same request.",
            samples: [
                CatalogSample(status: 404, body: #"{"type":"https://cashier.flowpayment.net/errors/merchant-not-found","title":"Merchant Not Found","status":404,"detail":"Merchant mer_5Tq8Wz1Ncx not found","instance":"/api/v1/checkout","code":"MERCHANT_NOT_FOUND"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "MERCHANT_INACTIVE",
            httpStatus: 403,
            category: "authentication",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 403 is a client error.",
            description: "Merchant account is inactive or suspended",
            fix: "Do not retry; the merchant account has to be active again before its requests can succeed.",
            samples: [
                CatalogSample(status: 403, body: #"{"type":"https://cashier.flowpayment.net/errors/merchant-inactive","title":"Merchant Inactive","status":403,"detail":"Merchant account is suspended","instance":"/api/v1/checkout","code":"MERCHANT_INACTIVE"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "VALIDATION_ERROR",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Invalid request parameters",
            fix: "Correct the parameters named in detail, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"""
                {
                  "type": "about:blank",
                  "title": "Validation Error",
                  "status": 400,
                  "detail": "amount must be greater than 0",
                  "instance": "/api/v1/checkout"
                }
                """#),
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/validation-error","title":"Validation Error","status":400,"detail":"amount must be greater than 0","instance":"/api/v1/checkout","code":"VALIDATION_ERROR"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INVALID_AMOUNT",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Amount must be a positive number",
            fix: "Send amount as a positive number, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/invalid-amount","title":"Invalid Amount","status":400,"detail":"amount must be a positive number, got -150.00","instance":"/api/v1/checkout","code":"INVALID_AMOUNT"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INVALID_CURRENCY",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Currency code is not supported",
            fix: "Use a supported currency code, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/invalid-currency","title":"Invalid Currency","status":400,"detail":"Currency XYZ is not supported","instance":"/api/v1/checkout","code":"INVALID_CURRENCY"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INVALID_COUNTRY",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Country code is not supported",
            fix: "Use a supported country code, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/invalid-country","title":"Invalid Country","status":400,"detail":"Country ZZ is not supported","instance":"/api/v1/checkout","code":"INVALID_COUNTRY"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "MISSING_REQUIRED_FIELD",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "A required field is missing from the request",
            fix: "Add the missing field named in detail, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/missing-required-field","title":"Missing Required Field","status":400,"detail":"customer.email is required","instance":"/api/v1/checkout","code":"MISSING_REQUIRED_FIELD"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INVALID_DOCUMENT",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Document number format is invalid (CPF/CNPJ)",
            fix: "Send the CPF/CNPJ document number in a valid format, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/invalid-document","title":"Invalid Document","status":400,"detail":"customer.document is not a valid CPF","instance":"/api/v1/checkout","code":"INVALID_DOCUMENT"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INVALID_PIX_KEY",
            httpStatus: 400,
            category: "validation",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "PIX key format is invalid",
            fix: "Correct the PIX key format, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/invalid-pix-key","title":"Invalid Pix Key","status":400,"detail":"pix_key format is invalid","instance":"/api/v1/payouts","code":"INVALID_PIX_KEY"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "SESSION_NOT_FOUND",
            httpStatus: 404,
            category: "session",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 404 is a client error.",
            description: "Checkout session ID does not exist",
            fix: "Check the checkout session ID; do not retry the same request.",
            samples: [
                CatalogSample(status: 404, body: #"{"type":"https://cashier.flowpayment.net/errors/session-not-found","title":"Session Not Found","status":404,"detail":"Checkout session cs_Zp3Hr8Tq1Wm6 does not exist","instance":"/api/v1/checkout/cs_Zp3Hr8Tq1Wm6","code":"SESSION_NOT_FOUND"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "SESSION_EXPIRED",
            httpStatus: 410,
            category: "session",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 410 is a client error.",
            description: "Checkout session has expired (default: 30 minutes)",
            fix: "Do not retry; create a new checkout session for the payment.",
            samples: [
                CatalogSample(status: 410, body: #"""
                {
                  "type": "about:blank",
                  "title": "Gone",
                  "status": 410,
                  "detail": "Checkout session cs_abc123 has expired",
                  "instance": "/api/v1/checkout/cs_abc123"
                }
                """#),
                CatalogSample(status: 410, body: #"{"type":"https://cashier.flowpayment.net/errors/session-expired","title":"Session Expired","status":410,"detail":"Checkout session cs_Qm7Lx2Vt9KpR4eZa has expired","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"SESSION_EXPIRED"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "SESSION_ALREADY_COMPLETED",
            httpStatus: 400,
            category: "session",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Session has already been paid or completed",
            fix: "Do not retry; the session is already paid or completed, so check its status instead of paying again.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/session-already-completed","title":"Session Already Completed","status":400,"detail":"Checkout session cs_Qm7Lx2Vt9KpR4eZa has already been completed","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"SESSION_ALREADY_COMPLETED"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "SESSION_CANCELLED",
            httpStatus: 400,
            category: "session",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Session was cancelled by the user",
            fix: "Do not retry; create a new checkout session if the customer still wants to pay.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/session-cancelled","title":"Session Cancelled","status":400,"detail":"Checkout session cs_Qm7Lx2Vt9KpR4eZa was cancelled by the user","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"SESSION_CANCELLED"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "PAYMENT_FAILED",
            httpStatus: 400,
            category: "payment",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Generic payment failure",
            fix: "Do not retry the same request; show the customer a generic message and let them check their payment details.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/payment-failed","title":"Payment Failed","status":400,"detail":"Payment could not be processed","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"PAYMENT_FAILED"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "CARD_DECLINED",
            httpStatus: 400,
            category: "payment",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Card was declined by the issuing bank",
            fix: "Do not retry the same card; show the customer a generic message and let them pay another way.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/card-declined","title":"Card Declined","status":400,"detail":"The card was declined by the issuing bank","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"CARD_DECLINED"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INSUFFICIENT_FUNDS",
            httpStatus: 400,
            category: "payment",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Customer has insufficient funds",
            fix: "Do not retry the same payment; show the customer a generic message and let them pay another way.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/insufficient-funds","title":"Insufficient Funds","status":400,"detail":"The customer has insufficient funds","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"INSUFFICIENT_FUNDS"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "CARD_EXPIRED",
            httpStatus: 400,
            category: "payment",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Card has expired",
            fix: "Do not retry; ask the customer for a card that has not expired.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/card-expired","title":"Card Expired","status":400,"detail":"The card has expired","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"CARD_EXPIRED"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INVALID_CVV",
            httpStatus: 400,
            category: "payment",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Security code (CVV) is invalid",
            fix: "Do not retry as sent; ask the customer to re-enter the security code.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/invalid-cvv","title":"Invalid CVV","status":400,"detail":"The security code (CVV) is invalid","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"INVALID_CVV"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "PROVIDER_ERROR",
            httpStatus: 502,
            category: "payment",
            retryable: true,
            basis: .statusRule,
            basisNote: "Cashier: retry transient errors (429, 5xx) with exponential backoff; 502 is a 5xx.",
            description: "Payment provider returned an error",
            fix: "Retry with exponential backoff (wait 1s, 2s, 4s, 8s between retries); contact support if it persists.",
            samples: [
                CatalogSample(status: 502, body: #"{"type":"https://cashier.flowpayment.net/errors/provider-error","title":"Provider Error","status":502,"detail":"The payment provider returned an error","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"PROVIDER_ERROR"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "TIMEOUT",
            httpStatus: 504,
            category: "payment",
            retryable: true,
            basis: .statusRule,
            basisNote: "Cashier: retry transient errors (429, 5xx) with exponential backoff; 504 is a 5xx.",
            description: "Request timed out waiting for provider",
            fix: "Retry with exponential backoff: wait 1s, 2s, 4s, 8s between retries.",
            samples: [
                CatalogSample(status: 504, body: #"{"type":"https://cashier.flowpayment.net/errors/timeout","title":"Timeout","status":504,"detail":"Request timed out waiting for provider","instance":"/api/v1/checkout/cs_Qm7Lx2Vt9KpR4eZa","code":"TIMEOUT"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "PAYOUT_FAILED",
            httpStatus: 400,
            category: "payout",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Payout operation failed",
            fix: "Do not retry the same request; check the payout details against detail before submitting a new payout.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/payout-failed","title":"Payout Failed","status":400,"detail":"Payout could not be completed","instance":"/api/v1/payouts","code":"PAYOUT_FAILED"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INVALID_BENEFICIARY",
            httpStatus: 400,
            category: "payout",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Beneficiary data is invalid or incomplete",
            fix: "Correct or complete the beneficiary data, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/invalid-beneficiary","title":"Invalid Beneficiary","status":400,"detail":"beneficiary.bank_account is incomplete","instance":"/api/v1/payouts","code":"INVALID_BENEFICIARY"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INSUFFICIENT_BALANCE",
            httpStatus: 400,
            category: "payout",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Merchant balance is insufficient for payout",
            fix: "Do not retry until the merchant balance covers the payout amount.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/insufficient-balance","title":"Insufficient Balance","status":400,"detail":"Merchant balance is insufficient for a payout of 2500.00 BRL","instance":"/api/v1/payouts","code":"INSUFFICIENT_BALANCE"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "BENEFICIARY_NOT_FOUND",
            httpStatus: 404,
            category: "payout",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 404 is a client error.",
            description: "Beneficiary account could not be found",
            fix: "Check the beneficiary account details; do not retry the same request.",
            samples: [
                CatalogSample(status: 404, body: #"{"type":"https://cashier.flowpayment.net/errors/beneficiary-not-found","title":"Beneficiary Not Found","status":404,"detail":"Beneficiary account could not be found","instance":"/api/v1/payouts","code":"BENEFICIARY_NOT_FOUND"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "METHOD_NOT_FOUND",
            httpStatus: 404,
            category: "routing",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 404 is a client error.",
            description: "Payment method code does not exist",
            fix: "Use an existing payment method code, then send the request again.",
            samples: [
                CatalogSample(status: 404, body: #"{"type":"https://cashier.flowpayment.net/errors/method-not-found","title":"Method Not Found","status":404,"detail":"Payment method code \"pix_express\" does not exist","instance":"/api/v1/checkout","code":"METHOD_NOT_FOUND"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "PROVIDER_UNAVAILABLE",
            httpStatus: 503,
            category: "routing",
            retryable: true,
            basis: .statusRule,
            basisNote: "Cashier: retry transient errors (429, 5xx) with exponential backoff; 503 is a 5xx.",
            description: "Payment provider is currently unavailable",
            fix: "Retry with exponential backoff: wait 1s, 2s, 4s, 8s between retries.",
            samples: [
                CatalogSample(status: 503, body: #"{"type":"https://cashier.flowpayment.net/errors/provider-unavailable","title":"Provider Unavailable","status":503,"detail":"The payment provider is currently unavailable","instance":"/api/v1/checkout","code":"PROVIDER_UNAVAILABLE"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "COUNTRY_NOT_SUPPORTED",
            httpStatus: 400,
            category: "routing",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: only transient errors (429, 5xx) are retried; 400 is a client error.",
            description: "Country is not available for this payment method",
            fix: "Choose a payment method available in the customer's country, then send the request again.",
            samples: [
                CatalogSample(status: 400, body: #"{"type":"https://cashier.flowpayment.net/errors/country-not-supported","title":"Country Not Supported","status":400,"detail":"Country AR is not available for payment method pix","instance":"/api/v1/checkout","code":"COUNTRY_NOT_SUPPORTED"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "CONFLICT",
            httpStatus: 409,
            category: "status",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: \"Retry transient errors (429, 5xx) with exponential backoff\" names no 409, and the document's retry loop gives up on every other status; the first request is still processing, and sending it again cannot finish it sooner.",
            description: "Idempotency conflict (request still processing)",
            fix: "Do not resend: the original request with this idempotency key is still processing. Wait for it to finish and read its result (or the checkout session) instead.",
            samples: [
                CatalogSample(status: 409, body: #"{"type":"about:blank","title":"Conflict","status":409,"detail":"A request with this idempotency key is still processing","instance":"/api/v1/checkout"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "UNPROCESSABLE",
            httpStatus: 422,
            category: "status",
            retryable: false,
            basis: .statusRule,
            basisNote: "Cashier: a 422 means the idempotency key was reused with a different request body, which a retry as sent cannot fix.",
            description: "Idempotency key used with different request body",
            fix: "Do not retry as sent; resend the original request body with this idempotency key, or use a new key for a different request.",
            samples: [
                CatalogSample(status: 422, body: #"{"type":"about:blank","title":"Unprocessable","status":422,"detail":"Idempotency key was already used with a different request body","instance":"/api/v1/checkout"}"#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "TOO_MANY_REQUESTS",
            httpStatus: 429,
            category: "status",
            retryable: true,
            basis: .statusRule,
            basisNote: "Cashier: retry transient errors (429, 5xx); for 429 wait as long as the Retry-After header says.",
            description: "Rate limit exceeded",
            fix: "Check the Retry-After header and wait that long before retrying (the document's examples fall back to 60 seconds).",
            samples: [
                CatalogSample(status: 429, body: #"""
                {
                  "type": "about:blank",
                  "title": "Too Many Requests",
                  "status": 429,
                  "detail": "Rate limit exceeded. Please retry after 60 seconds.",
                  "instance": "/api/v1/checkout"
                }
                """#),
            ]
        ),
        CatalogEntry(
            provider: .cashier,
            kind: .error,
            code: "INTERNAL_SERVER_ERROR",
            httpStatus: 500,
            category: "status",
            retryable: true,
            basis: .statusRule,
            basisNote: "Cashier: retry transient errors (429, 5xx) with exponential backoff; 500 is a 5xx.",
            description: "Server error - contact support if persistent",
            fix: "Retry with exponential backoff: wait 1s, 2s, 4s, 8s between retries; contact support if it persists.",
            samples: [
                CatalogSample(status: 500, body: #"{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"An unexpected error occurred","instance":"/api/v1/checkout"}"#),
            ]
        ),
    ]
}

import Testing

@testable import FaultlineClassifier

/// Every example body the five providers' error documents print, verbatim (their spacing too), with the
/// status the document gives it and the classification the document implies. Flint's and StableGenius's
/// documents describe their envelope in words and print no example body, so they have none here; their
/// catalog samples (`CatalogSampleTests`) follow those descriptions.
@Suite struct DocumentedExampleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        /// Where the document prints it ("Cashier, Error Response Examples, Session Expired (410)").
        let source: String
        let status: Int
        let hint: Provider?
        let body: String
        let provider: Provider
        let code: String
        let retryable: Bool?
        var declineCode: String? = nil
        var param: String? = nil
        var testDescription: String { source + (hint.map { " (hint \($0.rawValue))" } ?? "") }
    }

    static let cashierValidation = #"""
{
  "type": "about:blank",
  "title": "Validation Error",
  "status": 400,
  "detail": "amount must be greater than 0",
  "instance": "/api/v1/checkout"
}
"""#

    static let cashierUnauthorized = #"""
{
  "type": "about:blank",
  "title": "Unauthorized",
  "status": 401,
  "detail": "Invalid or missing API key",
  "instance": "/api/v1/checkout"
}
"""#

    static let cashierGone = #"""
{
  "type": "about:blank",
  "title": "Gone",
  "status": 410,
  "detail": "Checkout session cs_abc123 has expired",
  "instance": "/api/v1/checkout/cs_abc123"
}
"""#

    static let cashierRateLimited = #"""
{
  "type": "about:blank",
  "title": "Too Many Requests",
  "status": 429,
  "detail": "Rate limit exceeded. Please retry after 60 seconds.",
  "instance": "/api/v1/checkout"
}
"""#

    static let flexitiInputErrors = #"""
{
    "url": "/flexiti/pos-api/v2.5/client-id/flexitidemo/apply",
    "message": "Some inputs are wrong!",
    "error": "wrong_inputs",
    "field_errors": [
        {
            "param": "SIN",
            "msg": "wrong format"
        }
    ]
}
"""#

    static let synaptopayFormat = #"""
{
  "message": "A human-readable description of the error.",
  "code": 3
}
"""#

    static let synaptopayValidation = #"""
{
  "message": "Invalid argument at \"email\": This must be a valid email address.",
  "code": 3
}
"""#

    static let synaptopayNotFound = #"""
{
  "message": "Resource \"accounts/acct_ACCOUNT_ID/customers/cus_INVALID\" (of type \"Customer\") not found.",
  "code": 5
}
"""#

    static let synaptopayInProgress = #"""
{
  "message": "Another request with idempotency key \"fb_idem_key_...\" is in progress.",
  "code": 10
}
"""#

    static let synaptopayMismatch = #"""
{
  "message": "Mismatch between stored request body for idempotency key and received request body. When retrying idempotent requests, please ensure the request body is identical.",
  "code": 3
}
"""#

    static let synaptopayPaymentError = #"""
{
  "code": "PAYMENT_METHOD_PROVIDER_DECLINE",
  "decline_code": "INSUFFICIENT_FUNDS",
  "message": "The card has insufficient funds.",
  "payment_method": "accounts/acct_YOUR_ACCOUNT/payment-methods/pm_PAYMENT_METHOD_ID"
}
"""#

    /// The payment error structure where the document says it appears: in a payment intent's response.
    static let synaptopayIntent = #"{"id":"pi_1","status":"failed","payment_error":"# + synaptopayPaymentError + "}"

    static let examples: [Example] = {
        var list: [Example] = [
            Example(source: "Cashier, Error Response Format (error-response.json)", status: 400, hint: nil, body: cashierValidation,
                    provider: .cashier, code: "VALIDATION_ERROR", retryable: false),
            Example(source: "Cashier, Validation Error (400)", status: 400, hint: .cashier, body: cashierValidation,
                    provider: .cashier, code: "VALIDATION_ERROR", retryable: false),
            Example(source: "Cashier, Authentication Error (401)", status: 401, hint: nil, body: cashierUnauthorized,
                    provider: .cashier, code: "UNAUTHORIZED", retryable: false),
            Example(source: "Cashier, Session Expired (410)", status: 410, hint: nil, body: cashierGone,
                    provider: .cashier, code: "SESSION_EXPIRED", retryable: false),
            Example(source: "Cashier, Rate Limited (429)", status: 429, hint: nil, body: cashierRateLimited,
                    provider: .cashier, code: "TOO_MANY_REQUESTS", retryable: true),
            // The input-error table gives 409 for every field error.
            Example(source: "Flexiti, Input Errors, Example Response", status: 409, hint: nil, body: flexitiInputErrors,
                    provider: .flexiti, code: "wrong_inputs", retryable: false, param: "SIN"),
            // Code 3 is INVALID_ARGUMENT, which the status table puts at 400.
            Example(source: "Synaptopay, Error response format", status: 400, hint: nil, body: synaptopayFormat,
                    provider: .synaptopay, code: "INVALID_ARGUMENT", retryable: false),
            Example(source: "Synaptopay, Validation errors (400)", status: 400, hint: nil, body: synaptopayValidation,
                    provider: .synaptopay, code: "INVALID_ARGUMENT", retryable: false, param: "email"),
            Example(source: "Synaptopay, Resource not found (404)", status: 404, hint: nil, body: synaptopayNotFound,
                    provider: .synaptopay, code: "NOT_FOUND", retryable: false),
            Example(source: "Synaptopay, Idempotency errors, in progress (409)", status: 409, hint: nil, body: synaptopayInProgress,
                    provider: .synaptopay, code: "ABORTED", retryable: true),
            Example(source: "Synaptopay, Idempotency errors, different body (400)", status: 400, hint: nil, body: synaptopayMismatch,
                    provider: .synaptopay, code: "INVALID_ARGUMENT", retryable: false),
        ]
        // Payment errors "often with HTTP 200"; the same structure logged at 402 by a gateway is the same error.
        for status in [200, 402] {
            for hint in [nil, Provider.synaptopay] {
                list.append(Example(source: "Synaptopay, Payment error structure at \(status)", status: status, hint: hint,
                                    body: synaptopayPaymentError, provider: .synaptopay, code: "PAYMENT_METHOD_PROVIDER_DECLINE",
                                    retryable: false, declineCode: "INSUFFICIENT_FUNDS"))
                list.append(Example(source: "Synaptopay, Payment error structure in an intent at \(status)", status: status, hint: hint,
                                    body: synaptopayIntent, provider: .synaptopay, code: "PAYMENT_METHOD_PROVIDER_DECLINE",
                                    retryable: false, declineCode: "INSUFFICIENT_FUNDS"))
            }
        }
        return list
    }()

    @Test(arguments: examples)
    func everyDocumentedBodyClassifiesAsItsDocumentSays(example: Example) throws {
        let result = try #require(
            Classifier().classify(body: example.body, status: example.status, hint: example.hint), "not an error")
        #expect(result.provider == example.provider)
        #expect(result.code == example.code)
        #expect(result.retryable == example.retryable)
        #expect(result.declineCode == example.declineCode)
        #expect(result.known, "the code is in the catalog")
        if let param = example.param { #expect(result.param == param) }
    }

    @Test func theDocumentedBodiesAreErrorsOnlyWhereTheirStatusSaysSo() {
        // Each provider's 2xx is success; only Synaptopay's payment error arrives inside a 200 response.
        for body in [Self.cashierValidation, Self.flexitiInputErrors, Self.synaptopayValidation, Self.synaptopayNotFound] {
            let status200Body = body.replacing(#""status": 400"#, with: #""status": 200"#)
            #expect(Classifier().classify(body: status200Body, status: 200) == nil, "\(body)")
        }
    }
}

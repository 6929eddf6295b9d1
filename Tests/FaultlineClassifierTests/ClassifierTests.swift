import Testing

@testable import FaultlineClassifier

@Suite struct ClassifierTests {
    let classifier = Classifier()

    func classify(_ body: String, _ status: Int?, hint: Provider? = nil) -> Classification? {
        classifier.classify(body: body, status: status, hint: hint)
    }

    // MARK: Collisions between providers

    @Test func validationErrorIsFlintInAnEnvelopeAndCashierInProblemJSON() throws {
        let flint = try #require(classify(#"{"error":{"code":"VALIDATION_ERROR","message":"amount is required","param":"amount","request_id":"req_9f"}}"#, 400))
        #expect(flint.provider == .flint)
        #expect(flint.format == .errorEnvelope)
        #expect(flint.param == "amount")
        #expect(flint.requestID == "req_9f")
        let cashier = try #require(classify(#"{"type":"about:blank","title":"Validation Error","status":400,"detail":"amount must be greater than 0","instance":"/api/v1/checkout"}"#, 400))
        #expect(cashier.provider == .cashier)
        #expect(cashier.code == "VALIDATION_ERROR")
        #expect(cashier.format == .problemJSON)
        #expect(cashier.message == "amount must be greater than 0")
    }

    @Test func rateLimitCodesAreToldApartByCase() throws {
        let flint = try #require(classify(#"{"code":"RATE_LIMIT_EXCEEDED","message":"Too many requests","request_id":"req_1"}"#, 429))
        #expect(flint.provider == .flint && flint.category == "rate limit" && flint.retryable == true)
        let sg = try #require(classify(#"{"error":{"type":"rate_limit_error","code":"rate_limit_exceeded","message":"Too many requests in the current window.","param":null}}"#, 429))
        #expect(sg.provider == .stablegenius && sg.category == "rate_limit_error" && sg.retryable == true)
    }

    @Test func insufficientFundsIsCashierCodeOrSynaptopayDeclineByShape() throws {
        let cashier = try #require(classify(#"{"type":"about:blank","title":"Insufficient Funds","status":400,"detail":"Customer has insufficient funds","code":"INSUFFICIENT_FUNDS"}"#, 400))
        #expect(cashier.provider == .cashier && cashier.code == "INSUFFICIENT_FUNDS" && cashier.declineCode == nil)
        let synaptopay = try #require(classify(#"{"id":"pi_1","status":"failed","payment_error":{"code":"PAYMENT_METHOD_PROVIDER_DECLINE","decline_code":"INSUFFICIENT_FUNDS","message":"The card has insufficient funds."}}"#, 200))
        #expect(synaptopay.provider == .synaptopay)
        #expect(synaptopay.code == "PAYMENT_METHOD_PROVIDER_DECLINE")
        #expect(synaptopay.declineCode == "INSUFFICIENT_FUNDS")
        #expect(synaptopay.retryable == false)
        #expect(synaptopay.format == .paymentError)
    }

    @Test func aHintThatContradictsAnUnmistakableShapeLosesToTheShape() throws {
        let problem = #"{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Invalid or missing API key","instance":"/api/v1/checkout"}"#
        #expect(classify(problem, 401, hint: .flint)?.provider == .cashier)
        let grpc = #"{"message":"Resource not found.","code":5}"#
        #expect(classify(grpc, 404, hint: .stablegenius)?.provider == .synaptopay)
    }

    @Test func aHintChoosesAmongTheProvidersAShapeAllows() throws {
        // An unknown code in an {"error":{...}} envelope: both Flint and StableGenius send that shape.
        let body = #"{"error":{"code":"BRAND_NEW_CODE","message":"x"}}"#
        #expect(classify(body, 400)?.provider == .flint)
        #expect(classify(body, 400, hint: .stablegenius)?.provider == .stablegenius)
        // A text body has no shape: the hint names the provider.
        #expect(classify("upstream connect error", 503, hint: .flexiti)?.provider == .flexiti)
        // A code one catalog has wins over a hint naming the other provider of the shape.
        let sg = try #require(classify(#"{"error":{"code":"rate_limit_exceeded","message":"x"}}"#, 429, hint: .flint))
        #expect(sg.provider == .stablegenius && sg.known)
    }

    @Test func numericCodesOutsideGrpcAreDataNotSynaptopayErrors() {
        #expect(classify(#"{"code":200,"message":"success","data":{"id":1}}"#, 200, hint: .cashier) == nil)
        #expect(classify(#"{"id":"cus_1","object":"customer","code":4821}"#, 200) == nil)
        #expect(classify(#"{"code":3}"#, 200) == nil)
        #expect(classify(#"{"code":500,"message":"boom"}"#, 500)?.provider != .synaptopay)
        // Synaptopay's errors come with 4xx and 5xx ("200 Success"); with no status logged the shape decides.
        #expect(classify(#"{"code":14,"message":"unavailable"}"#, 200) == nil)
        #expect(classify(#"{"code":14,"message":"unavailable"}"#, nil)?.code == "UNAVAILABLE")
    }

    // MARK: Cashier without a code member

    @Test(arguments: [
        (#"{"type":"about:blank","title":"Validation Error","status":400,"detail":"amount must be greater than 0","instance":"/api/v1/checkout"}"#, 400, "VALIDATION_ERROR", false),
        (#"{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Invalid or missing API key","instance":"/api/v1/checkout"}"#, 401, "UNAUTHORIZED", false),
        (#"{"type":"about:blank","title":"Gone","status":410,"detail":"Checkout session cs_abc123 has expired","instance":"/api/v1/checkout/cs_abc123"}"#, 410, "SESSION_EXPIRED", false),
        (#"{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"Rate limit exceeded. Please retry after 60 seconds.","instance":"/api/v1/checkout"}"#, 429, "TOO_MANY_REQUESTS", true),
    ])
    func cashierCodeIsInferredFromTitleStatusAndDetail(body: String, status: Int, code: String, retryable: Bool) throws {
        let result = try #require(classify(body, status))
        #expect(result.provider == .cashier && result.code == code && result.retryable == retryable && result.known)
    }

    @Test func cashierDetailThatStatesACodesDescriptionNamesThatCode() throws {
        let inactive = try #require(classify(#"{"type":"about:blank","title":"Forbidden","status":403,"detail":"Merchant account is inactive or suspended"}"#, 403))
        #expect(inactive.code == "MERCHANT_INACTIVE")
        let country = try #require(classify(#"{"type":"about:blank","title":"Bad Request","status":400,"detail":"Country code is not supported"}"#, 400))
        #expect(country.code == "INVALID_COUNTRY")
        let forbidden = try #require(classify(#"{"type":"about:blank","title":"Forbidden","status":403,"detail":"This key cannot read payouts"}"#, 403))
        #expect(forbidden.code == "FORBIDDEN")
        // Whole words only: "cardholder" is not "card".
        let holder = try #require(classify(#"{"type":"about:blank","title":"Bad Request","status":400,"detail":"The cardholder was declined by the bank"}"#, 400))
        #expect(holder.code != "CARD_DECLINED")
    }

    @Test func cashierRetriesOnly429And5xxSoStillProcessingAndDifferentBodyAreNotRetryable() throws {
        // "Retry transient errors (429, 5xx)"; the document's retry loop gives up on every other status.
        let processing = try #require(classify(#"{"type":"about:blank","title":"Conflict","status":409,"detail":"Idempotency conflict: request still processing"}"#, 409))
        #expect(processing.code == "CONFLICT" && processing.retryable == false && processing.retryBasis == .statusRule)
        let unlisted = try #require(classify(#"{"type":"about:blank","title":"Conflict","status":409,"detail":"Something else entirely"}"#, 409))
        #expect(unlisted.retryable == false)
        let different = try #require(classify(#"{"type":"about:blank","title":"Unprocessable","status":422,"detail":"Idempotency key used with different request body"}"#, 422))
        #expect(different.retryable == false)
    }

    // MARK: Flexiti and Synaptopay specifics

    @Test func flexitiKeepsVariantCodesAndTakesParamFromTheFirstFieldError() throws {
        let declined = try #require(classify(#"{"error":"application_declined_2","error_description":"Customer application declined"}"#, 409))
        #expect(declined.provider == .flexiti && declined.code == "application_declined_2" && declined.known)
        let later = try #require(classify(#"{"error":"application_declined_7","error_description":"Customer application declined"}"#, 409))
        #expect(later.code == "application_declined_7" && later.category == "general" && later.retryable == false && later.known)
        let inputs = try #require(classify(#"{"url":"/flexiti/pos-api/v2.5/client-id/flexitidemo/apply","message":"Some inputs are wrong!","error":"wrong_inputs","field_errors":[{"param":"SIN","msg":"wrong format"},{"param":"dob","msg":"required"}]}"#, 409))
        #expect(inputs.code == "wrong_inputs" && inputs.param == "SIN" && inputs.format == .fieldErrors)
        #expect(inputs.message == "Some inputs are wrong! SIN: wrong format; dob: required")
    }

    @Test func synaptopayNumericCodeBecomesItsGrpcNameAndParamComesFromTheMessage() throws {
        let result = try #require(classify(#"{"message":"Invalid argument at \"email\": This must be a valid email address.","code":3}"#, 400))
        #expect(result.code == "INVALID_ARGUMENT" && result.param == "email" && result.retryable == false)
        #expect(result.retryBasis == .grpcConvention)
        #expect(classify(#"{"message":"Service unavailable","code":14}"#, 503)?.code == "UNAVAILABLE")
        #expect(classify(#"{"message":"Deadline exceeded","code":4}"#, 504)?.retryable == true)
    }

    @Test func synaptopayIdempotencyMessagesAreRecognised() throws {
        let inProgress = try #require(classify(#"{"message":"Another request with idempotency key \"fb_idem_key_81\" is in progress.","code":10}"#, 409))
        #expect(inProgress.code == "ABORTED" && inProgress.retryable == true && inProgress.category == "idempotency")
        let mismatch = try #require(classify(#"{"message":"Mismatch between stored request body for idempotency key and received request body. When retrying idempotent requests, please ensure the request body is identical.","code":3}"#, 400))
        #expect(mismatch.code == "INVALID_ARGUMENT" && mismatch.retryable == false && mismatch.category == "idempotency")
    }

    @Test func aPaymentErrorInAnIntentWithinObjectsOfA200IsAnError() throws {
        let nested = #"{"data":{"intent":{"id":"pi_77","payment_error":{"code":"DEVICE_OFFLINE","message":"Cannot reach the payment device"}}}}"#
        let result = try #require(classify(nested, 200))
        #expect(result.provider == .synaptopay && result.code == "DEVICE_OFFLINE" && result.httpStatus == 200)
        // In a list of intents it is one intent's state, and the list call succeeded.
        #expect(classify(#"{"data":[{"id":"pi_1","payment_error":{"code":"DEVICE_OFFLINE"}}]}"#, 200) == nil)
    }

    // MARK: Bodies that are not JSON objects

    @Test(arguments: [(429, true), (500, true), (502, true), (503, true), (504, true), (400, false), (404, false), (418, false)])
    func nonJSONBodiesAreCodedByStatus(status: Int, retryable: Bool) throws {
        for body in ["", "   ", "Bad Gateway", "<html><head><title>502 Bad Gateway</title></head></html>"] {
            let result = try #require(classify(body, status))
            #expect(result.code == "HTTP_\(status)" && result.retryable == retryable && !result.known && result.provider == .unknown)
        }
        #expect(classify("<html><title>502 Bad Gateway</title></html>", status)?.message == "502 Bad Gateway")
    }

    @Test(arguments: Provider.allCases)
    func aGatewaysHTML502IsRetryableWhateverTheProvider(provider: Provider) throws {
        let result = try #require(classify("<html><title>502 Bad Gateway</title></html>", 502, hint: provider))
        #expect(result.code == "HTTP_502" && result.retryable == true, "\(provider)")
    }

    @Test func aJSONStringHoldingJSONIsUnwrapped() throws {
        let result = try #require(classify(#""{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"boom\"}}""#, 500))
        #expect(result.provider == .flint && result.code == "INTERNAL_ERROR" && result.retryable == true)
    }

    @Test(arguments: [
        #"{"code": "SUMMER20"}"#, #"{"error": null}"#, #"{"payment_error": null}"#, #"{"code": 0}"#,
        #"{"code": 0, "message": "OK"}"#, #"{"id":"pi_1","status":"succeeded","amount":1000}"#, "", "ok",
    ])
    func successResponsesWithoutAnErrorObjectAreNotErrors(body: String) {
        #expect(classify(body, 200) == nil)
        #expect(classify(body, nil) == nil)
    }

    @Test func aKnownProviderWithAnUnknownCodeKeepsItVerbatim() throws {
        let result = try #require(classify(#"{"error":{"type":"api_error","code":"shard_melted","message":"x"}}"#, 500))
        #expect(result.provider == .stablegenius && result.code == "shard_melted" && !result.known)
        #expect(result.retryable == true && result.retryBasis == .statusRule)
    }

    // MARK: Byte-level fast paths give what the character-level code gives

    @Test func cashierWordsOnBytesMatchWordsOnCharacters() {
        let texts = [
            "", "Validation Error", "CARD_DECLINED", "(CVV) is invalid.", "Checkout session cs_abc123 has expired",
            "a\r\nb", "  x--y  ", "Café déjà vu", "e\u{301}tat 42", "ＦＵＬＬ width", "Ünïcode_CODE 7",
        ]
        for text in texts {
            let reference = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            #expect(CashierCodeInference.words(text) == reference, "\(text)")
        }
    }

    @Test func invalidArgumentFieldIsFoundInASCIIAndOtherText() throws {
        for (message, field) in [
            ("Invalid argument at \"email\": bad", "email"), ("Invalid argument at \"émail\": bad", "émail"),
            ("Invalid argument at \"email", nil), ("nothing here", nil),
        ] as [(String, String?)] {
            let body = #"{"message":"# + JSONText.quote(message) + #","code":3}"#
            let result = try #require(classify(body, 400))
            #expect(result.param == field, "\(message)")
        }
    }
}

import Testing

@testable import FaultlineClassifier

/// Bodies that look like one provider's in one key but are another's, or nobody's: each provider's envelope
/// is recognised by its whole shape, and where shapes overlap the catalogs, the hint and the status decide
/// (ARCHITECTURE.md, "How a provider is decided").
@Suite struct ShapeCollisionTests {
    func classify(_ body: String, _ status: Int?, hint: Provider? = nil) -> Classification? {
        Classifier().classify(body: body, status: status, hint: hint)
    }

    @Test(arguments: [Provider.flint, .cashier, .stablegenius])
    func aStringErrorAloneIsNotFlexitiAndTheHintsRuleDecides(hint: Provider) throws {
        let result = try #require(classify(#"{"error":"Too Many Requests"}"#, 429, hint: hint))
        #expect(result.provider == hint && result.code == "HTTP_429" && result.retryable == true)
        #expect(result.message == "Too Many Requests")
    }

    @Test(arguments: [(#"{"error":"Service Unavailable"}"#, 503), (#"{"error":"Internal Server Error"}"#, 500), (#"{"error":"Too Many Requests"}"#, 429)])
    func aStringErrorWithoutAHintIsAnUnknownProvidersError(body: String, status: Int) throws {
        let result = try #require(classify(body, status))
        #expect(result.provider == .unknown && result.code == "HTTP_\(status)" && result.retryable == true)
        #expect(result.retryBasis == .httpStatus)
    }

    @Test func flexitisOwnCodesAndShapesAreStillFlexitis() throws {
        #expect(classify(#"{"error":"invalid_token"}"#, 401)?.provider == .flexiti)
        #expect(classify(#"{"error":"invalid_token","error_description":"The access token provided has expired."}"#, 401, hint: .flint)?.provider == .flexiti)
        let unlisted = try #require(classify(#"{"error":"brand_new_reason"}"#, 409, hint: .flexiti))
        #expect(unlisted.provider == .flexiti && unlisted.code == "brand_new_reason" && !unlisted.known)
        #expect(classify(#"{"error":"brand_new_reason"}"#, 409)?.provider == .unknown)
    }

    @Test func aBodyThatSaysSuccessIsNotAnError() {
        #expect(classify(#"{"error":"none","result":"approved"}"#, 200) == nil)
        #expect(classify(#"{"error":"invalid_token","error_description":"x"}"#, 200) == nil)
        #expect(classify(#"{"code":1,"message":"success"}"#, 200) == nil)
        #expect(classify(#"{"code":1,"message":"success"}"#, 200, hint: .synaptopay) == nil)
    }

    @Test func theStringPaymentErrorBeforeAnObjectWithACodeIsData() {
        #expect(classify(#"{"events":[{"type":"payment_error"},{"code":"PROMO10"}]}"#, 200) == nil)
        #expect(classify(#"{"payment_error":"none","coupon":{"code":"PROMO10"}}"#, 200) == nil)
    }

    @Test func aPaymentErrorWithOnlyADeclineCodeIsADecline() throws {
        let result = try #require(classify(#"{"id":"pi_9","status":"failed","payment_error":{"decline_code":"INSUFFICIENT_FUNDS"}}"#, 200))
        #expect(result.provider == .synaptopay && result.code == "PAYMENT_METHOD_PROVIDER_DECLINE")
        #expect(result.declineCode == "INSUFFICIENT_FUNDS" && result.retryable == false && result.known)
    }

    @Test func aFlintFlatBodyWithASynaptopayCodeIsNotStolen() throws {
        // UNKNOWN is a Synaptopay failure code too; without the payment error's members it decides nothing.
        let result = try #require(classify(#"{"code":"UNKNOWN","message":"x"}"#, 500))
        #expect(result.provider == .flint)
        #expect(classify(#"{"code":"UNKNOWN","message":"x"}"#, 500, hint: .synaptopay)?.provider == .synaptopay)
    }

    static let validation = #"{"type":"about:blank","title":"Validation Error","status":400,"detail":"amount must be greater than 0","instance":"/api/v1/checkout"#
    static let gone = #"{"type":"about:blank","title":"Gone","status":410,"detail":"Checkout session cs_abc123 has expired","instance":"/api/v1/checkout/cs_abc123"#

    @Test(arguments: [
        (validation, 400, "VALIDATION_ERROR"), (gone, 410, "SESSION_EXPIRED"),
    ])
    func problemDetailsWithExtensionMembersStayCashiers(prefix: String, status: Int, code: String) throws {
        for extra in [#","error":"bad_request"}"#, #","error":{"reason":"x"}}"#, #","error":{"code":"E1","message":"m"}}"#, "}"] {
            let result = try #require(classify(prefix + #"""# + extra, status), "\(extra)")
            #expect(result.provider == .cashier && result.code == code && result.format == .problemJSON, "\(extra)")
        }
    }

    @Test func problemDetailsWithoutATitleButWithACodeAreCashiers() throws {
        let gone = try #require(classify(#"{"type":"about:blank","status":410,"detail":"Checkout session cs_1 has expired","code":"SESSION_EXPIRED"}"#, 410))
        #expect(gone.provider == .cashier && gone.code == "SESSION_EXPIRED" && gone.known)
        let declined = try #require(classify(#"{"status":400,"detail":"Card was declined by the issuing bank","code":"CARD_DECLINED","message":"declined"}"#, 400))
        #expect(declined.provider == .cashier && declined.code == "CARD_DECLINED")
    }

    @Test func aFlatStableGeniusBodyIsStableGeniuss() throws {
        let result = try #require(classify(#"{"type":"invalid_request_error","code":"amount_out_of_range","message":"Amount is below 10,000.","param":"amount"}"#, 400))
        #expect(result.provider == .stablegenius && result.code == "amount_out_of_range" && result.known)
        #expect(result.retryable == false && result.param == "amount")
        let byCatalog = try #require(classify(#"{"code":"ttl_out_of_range","message":"TTL is below 60"}"#, 400))
        #expect(byCatalog.provider == .stablegenius && byCatalog.known)
    }

    @Test func codesKeepTheirSpellingAcrossProviders() throws {
        let flint = try #require(classify(#"{"code":"RATE_LIMIT_EXCEEDED","message":"slow down"}"#, 429, hint: .stablegenius))
        #expect(flint.provider == .flint && flint.code == "RATE_LIMIT_EXCEEDED")
        let sg = try #require(classify(#"{"code":"rate_limit_exceeded","message":"slow down"}"#, 429, hint: .flint))
        #expect(sg.provider == .stablegenius && sg.code == "rate_limit_exceeded")
    }
}

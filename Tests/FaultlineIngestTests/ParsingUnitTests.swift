import Testing

@testable import FaultlineIngest

@Suite struct TimestampTests {
    func normalise(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { Timestamp.normalise(rfc3339: UnsafeRawBufferPointer($0)) }
    }

    @Test func normalisesRFC3339ToUTCWithMilliseconds() {
        #expect(normalise("2026-11-22T03:04:05Z") == "2026-11-22T03:04:05.000Z")
        #expect(normalise("2026-11-22T03:04:05.123456Z") == "2026-11-22T03:04:05.123Z")
        #expect(normalise("2026-11-22T01:04:05.5-02:30") == "2026-11-22T03:34:05.500Z")
        #expect(normalise("2026-11-22T00:30:00+01:00") == "2026-11-21T23:30:00.000Z")
        #expect(normalise("2024-02-29 23:59:59z") == "2024-02-29T23:59:59.000Z")
        // No zone: taken as UTC, not dropped.
        #expect(normalise("2026-11-22T10:00:01") == "2026-11-22T10:00:01.000Z")
        #expect(normalise("2026-11-22 10:00:05.25") == "2026-11-22T10:00:05.250Z")
    }

    @Test func rejectsMalformedTimes() {
        for bad in ["2026-11-22", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-22T00:00", "yesterday", "2026-11-22T00:00:00Zjunk"] {
            #expect(normalise(bad) == nil, "\(bad)")
        }
    }

    @Test func readsEpochSecondsAndMilliseconds() {
        #expect(Timestamp.normalise(epoch: 1_795_334_400) == "2026-11-22T08:00:00.000Z")
        #expect(Timestamp.normalise(epoch: 1_795_334_400_250) == "2026-11-22T08:00:00.250Z")
        #expect(Timestamp.normalise(epoch: -5) == nil)
        #expect(Timestamp.normalise(epoch: 1_795_334_400_250_000) == "2026-11-22T08:00:00.250Z")  // microseconds
        #expect(Timestamp.epochMilliseconds(epoch: 1_795_334_400_250_000_000) == 1_795_334_400_250)  // nanoseconds
        #expect(Timestamp.epochMilliseconds(epoch: 1_795_334_400) == 1_795_334_400_000)
        #expect(Timestamp.hour(of: "2026-11-22T08:59:59.999Z") == "2026-11-22T08:00:00Z")
    }
}

@Suite struct EndpointTemplateTests {
    @Test(arguments: [
        ("/v1/payment_intents/pi_3NxAbcDef12/confirm", "", "/v1/payment_intents/{id}/confirm"),
        ("https://API.flint.dev/v1/customers/cus_9a8b7c6d?expand=x#frag", "api.flint.dev", "/v1/customers/{id}"),
        ("/api/v1/checkout/cs_abc123", "", "/api/v1/checkout/{id}"),
        ("/orders/12345/items/550e8400-e29b-41d4-a716-446655440000", "", "/orders/{id}/items/{id}"),
        ("/v1/accounts/acct_1Nv0Qx8a/payment-intents", "", "/v1/accounts/{id}/payment-intents"),
        ("/v2.5/client-id/flexitidemo/apply", "", "/v2.5/client-id/flexitidemo/apply"),
        ("/blobs/9f86d081884c7d659a2feaa0c55ad015", "", "/blobs/{id}"),
        ("/v1/payment_intents/pi_mZnsKzbPxZXxnM/cancel", "", "/v1/payment_intents/{id}/cancel"),
        ("/v1/api_keys/idempotency_keys", "", "/v1/api_keys/idempotency_keys"),
    ])
    func groupsIdsIntoTemplates(raw: String, host: String, path: String) {
        #expect(EndpointTemplate.parts(of: raw) == .init(host: host, path: path))
    }

    /// The one-pass key the success lines use skips segments that cannot be ids; it must spell every path
    /// exactly as the plain templating does, whatever mix of segments it holds.
    @Test func theSuccessLineKeyIsTheTemplateSpelledOnce() {
        let segments = ["v1", "v2.5", "api", "payment_intents", "pi_3NxAbcDef12", "pi_mZnsKzbPxZXxnM", "cus_9a8b7c6d",
                        "12345", "0", "550e8400-e29b-41d4-a716-446655440000", "9f86d081884c7d659a2feaa0c55ad015",
                        "abcdefabcdefabcd", "abcdefabcdefabc", "a1b2c3d4e5f6g7h8", "a1b2c3d4e5f6g7h", "client-id", "x_1",
                        "api_keys", "{id}", "caf\u{e9}", "toolongprefix_abc123", "_abc123", "ab-12_cd", "", "A_BCDEFGHIJKL",
                        "4242 4242 4242 4242", "4242-4242-4242-4242", "my files", "12 34", "a 1234567890123"]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 6)
            var raw = (0..<count).map { _ in segments[Int(generator.next() % UInt64(segments.count))] }
                .map { "/" + $0 }.joined()
            switch generator.next() % 6 {
            case 0, 1: raw = "https://API.Example.com" + raw
            case 2: raw = "https://user:p@ss@API.Example.com" + raw
            default: break
            }
            if generator.next() % 4 == 0 { raw += "?q=1/2" }
            var host: [UInt8] = [], path: [UInt8] = []
            let key: [UInt8] = Array(raw.utf8).withUnsafeBytes { bytes in
                EndpointTemplate.write(bytes, host: &host, path: &path)
                let out = UnsafeMutablePointer<UInt8>.allocate(capacity: EndpointTemplate.keyCapacity(rawCount: bytes.count))
                defer { out.deallocate() }
                return Array(UnsafeBufferPointer(start: out, count: EndpointTemplate.writeKey(bytes, to: out)))
            }
            let hostLength = withUnsafeBytes(of: UInt32(host.count).littleEndian) { Array($0) }
            #expect(key == hostLength + host + path, "\(raw)")
        }
    }
}

/// A small seeded generator, so that a failure names a path that comes back on the next run.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct RedactorTests {
    let redactor = Redactor()

    @Test func redactsLuhnValidCardNumbersInAnyGrouping() {
        #expect(redactor.redact("card 4242424242424242 declined").text == "card [REDACTED CARD] declined")
        #expect(redactor.redact("4242 4242 4242 4242").count == 1)
        #expect(redactor.redact("5555-5555-5555-4444 and 378282246310005").count == 2)
    }

    @Test func leavesNumbersThatAreNotCardsAlone() {
        #expect(redactor.redact("order 4242424242424241 (fails Luhn)").count == 0)
        #expect(redactor.redact("amount 100000 of 123456789012").count == 0)
    }

    @Test func redactsCardsGluedToLettersAndNeverLeavesHalfACardAtACut() {
        #expect(redactor.redact("a4111111111111111 end").text == "a[REDACTED CARD] end")
        var bytes = Array(String(repeating: "a", count: 244).utf8) + Array("4111111111111111 tail".utf8)
        let excerpt = bytes.withUnsafeBytes { redactor.redactedPrefix($0, limit: 256) }
        #expect(excerpt.count == 1 && !excerpt.text.contains("4111"))
        bytes = Array(String(repeating: "a", count: 250).utf8) + Array("9999999999".utf8)
        let plain = bytes.withUnsafeBytes { redactor.redactedPrefix($0, limit: 256) }
        #expect(plain.text == String(repeating: "a", count: 250))
    }

    @Test func redactsKeysAndBearerTokens() {
        let result = redactor.redact("key sk_test_51Hq2x and Authorization: Bearer eyJ.abc-def_1")
        #expect(result.text == "key [REDACTED KEY] and Authorization: Bearer [REDACTED TOKEN]")
        #expect(result.count == 2)
        #expect(Redactor(enabled: false).redact("sk_live_abc").count == 0)
    }

    @Test func redactsPublishableRestrictedAndWebhookKeys() {
        #expect(redactor.redact("pk_live_51Habc rk_live_51Hdef whsec_xyz123").text
            == "[REDACTED KEY] [REDACTED KEY] [REDACTED KEY]")
    }

    @Test func redactsBasicCredentialsAndWebTokens() {
        #expect(redactor.redact("Authorization: Basic dXNlcjpwYXNz").text == "Authorization: Basic [REDACTED TOKEN]")
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
        #expect(redactor.redact("token \(jwt) expired").text == "token [REDACTED TOKEN] expired")
        #expect(redactor.redact("eyJ alone is not a token").count == 0)
    }

    @Test func redactsURLUserinfoAndSecretParameters() {
        #expect(redactor.redact("https://user:pass@api.flint.dev/v1").text == "https://[REDACTED]@api.flint.dev/v1")
        #expect(redactor.redact("/v1/x?api_key=abc123&limit=10&token=t0k").text
            == "/v1/x?api_key=[REDACTED]&limit=10&token=[REDACTED]")
        #expect(redactor.redact("amount=100 currency=eur").count == 0)
        #expect(redactor.redact("mail bob@example.com about https://api.flint.dev/v1").count == 0)
    }

    @Test func templatesDropUserinfoAndSpacedCardNumbers() {
        let parts = EndpointTemplate.parts(of: "https://admin:hunter2@API.flint.dev/v1/cards/4242 4242 4242 4242/charge?x=1")
        #expect(parts == EndpointTemplate.Parts(host: "api.flint.dev", path: "/v1/cards/{id}/charge"))
        #expect(EndpointTemplate.parts(of: "/v1/my files/list").path == "/v1/my files/list")
    }
}

@Suite struct FieldMapTests {
    @Test func rejectsUnknownNamesAndEmptySegmentsWithHelp() {
        #expect(throws: FieldMapError.self) { try FieldMap.automatic.overriding(with: ["colour=x"]) }
        #expect(throws: FieldMapError.self) { try FieldMap.automatic.overriding(with: ["status=a..b"]) }
        #expect(throws: FieldMapError.self) { try FieldMap.automatic.overriding(with: ["status"]) }
        let error = try? FieldMap.automatic.overriding(with: ["colour=x"])
        #expect(error == nil)
    }

    @Test func anOverrideReplacesTheDefaults() throws {
        let map = try FieldMap.automatic.overriding(with: ["status=resp.code"])
        #expect(map.paths(for: .status) == [["resp", "code"]])
        #expect(map.paths(for: .body) == FieldMap.automatic.paths(for: .body))
    }
}

@Suite struct FieldLocatorTests {
    @Test func fieldIndexesFollowTheDeclarationOrder() {
        #expect(LogField.allCases.enumerated().allSatisfy { $0.offset == $0.element.index })
    }
}

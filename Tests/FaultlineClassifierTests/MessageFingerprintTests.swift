import Testing

@testable import FaultlineClassifier

@Suite struct MessageFingerprintTests {
    func fp(_ message: String) -> String { MessageFingerprint.of(message) }

    @Test(arguments: [
        ("No such customer: 'cus_NffrFeUfNV2Hib'", "No such customer: 'cus_Q8xL2mVt0aZ1'", "No such customer: '<value>'"),
        ("PaymentIntent pi_3MtwBwLkdIwHu7ix28a3tqPa cannot be confirmed", "PaymentIntent pi_9ZZy1AbCdEfGh cannot be confirmed",
         "PaymentIntent pi_<id> cannot be confirmed"),
        ("request req_tzrb5clph32ur7 timed out", "request req_e5s5180oefi2l3 timed out", "request req_<id> timed out"),
        ("Order 3f2504e0-4f89-11d3-9a0c-0305e82c3301 not found", "Order 6ba7b810-9dad-11d1-80b4-00c04fd430c8 not found",
         "Order <uuid> not found"),
        ("Amount must be at least 50 cents", "Amount must be at least 100 cents", "Amount must be at least <n> cents"),
        ("Amount $12.50 exceeds the limit", "Amount $1,000.00 exceeds the limit", "Amount <amount> exceeds the limit"),
        ("Refund of 12.50 USD exceeds charge", "Refund of 3 EUR exceeds charge", "Refund of <amount> exceeds charge"),
        ("Balance too low: EUR 40.00 available", "Balance too low: USD 7 available", "Balance too low: <amount> available"),
        ("Receipt sent to jane.doe+shop@example.com failed", "Receipt sent to bob@mail.example.co.uk failed",
         "Receipt sent to <email> failed"),
        ("Trace deadbeef0123 rejected", "Trace 0a1b2c3d4e5f rejected", "Trace <hex> rejected"),
        ("Batch window closed at 2026-11-22T10:00:00Z", "Batch window closed at 2026-11-23T04:15:09.120Z",
         "Batch window closed at <n>"),
        (#"Invalid currency "usd" for this account"#, #"Invalid currency "xyz" for this account"#,
         #"Invalid currency "<value>" for this account"#),
        ("Terminal   TX8842913377\tdeclined", "Terminal TX1029384756 declined", "Terminal <id> declined"),
        ("Límite diario superado: 5 intentos", "Límite diario superado: 12 intentos", "Límite diario superado: <n> intentos"),
    ])
    func messagesThatDifferOnlyInVariablePartsMerge(first: String, second: String, expected: String) {
        #expect(fp(first) == expected)
        #expect(fp(second) == expected)
    }

    @Test(arguments: [
        ("Your card was declined.", "Your card has expired."),
        ("card_declined", "expired_card"),
        ("Missing required param: amount.", "Missing required param: currency."),
        ("3DS authentication failed", "Authentication failed"),
        ("No such customer: 'cus_1'", "No such payment_intent: 'pi_1'"),
        ("Rate limit exceeded", "rate limit exceeded"),
    ])
    func messagesWithDifferentWordsStayApart(first: String, second: String) {
        #expect(fp(first) != fp(second))
    }

    @Test func codeLikeWordsAndApostrophesAreKept() {
        #expect(fp("The payment_intent can't be captured (invalid_request_error)")
            == "The payment_intent can't be captured (invalid_request_error)")
        #expect(fp("Use v2 of the API or ISO8601 times with 3DS") == "Use v2 of the API or ISO8601 times with 3DS")
        #expect(fp("the customer's card") == "the customer's card")
    }

    @Test func whitespaceIsCollapsedAndTrimmed() {
        #expect(fp("  too\n many \t  spaces  ") == "too many spaces")
        #expect(fp("") == "")
    }

    @Test func longMessagesAreCutToTheLimit() {
        let long = String(repeating: "word ", count: 400)
        #expect(fp(long).utf8.count <= MessageFingerprint.maxBytes)
        #expect(fp(long) == fp(long + " and more"))
    }

    @Test func anUnclosedQuoteIsKeptAsText() {
        #expect(fp("value 'abc is broken") == "value 'abc is broken")
    }
}

import Testing

@testable import FaultlineClassifier

/// Any bytes at all: no crash, no trap, bounded time.
@Suite struct ClassifierRobustnessTests {
    @Test func survivesDeepNestingHugeStringsInvalidUTF8AndNulBytes() {
        let classifier = Classifier()
        let deep = String(repeating: #"{"error":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(classifier.classify(body: deep, status: 500)?.code == "HTTP_500")
        let huge = #"{"error":{"code":"INTERNAL_ERROR","message":""# + String(repeating: "x", count: 50_000_000) + #""}}"#
        let hugeResult = classifier.classify(body: huge, status: 500)
        #expect(hugeResult?.code == "INTERNAL_ERROR")
        #expect((hugeResult?.message?.utf8.count ?? 0) <= 4096 + 3)
        let invalid: [UInt8] = [0x7B, 0xFF, 0xFE, 0x00, 0x22, 0xC3]
        invalid.withUnsafeBytes { #expect(classifier.classify(bytes: $0, status: 502)?.code == "HTTP_502") }
        let nul: [UInt8] = Array(#"{"code":"A\#u{0}B","message":"m"}"#.utf8)
        nul.withUnsafeBytes { #expect(classifier.classify(bytes: $0, status: 400) != nil) }
    }

    @Test func everyTruncationOfEveryCatalogSampleIsHandled() {
        let classifier = Classifier()
        for entry in ProviderCatalog.all {
            for sample in entry.samples {
                let bytes = Array(sample.body.utf8)
                for cut in stride(from: 0, through: bytes.count, by: 3) {
                    let prefix = Array(bytes[0..<cut])
                    let result = prefix.withUnsafeBytes { classifier.classify(bytes: $0, status: sample.status) }
                    if sample.status >= 400 { #expect(result != nil) }
                }
            }
        }
    }

    @Test func randomBytesNeverTrap() {
        var generator = SystemRandomNumberGenerator()
        let classifier = Classifier()
        let alphabet = Array(#"{}[]":,0123456789-.eEtrufalsn \"\\error code message payment_error"#.utf8) + [0, 0xC3, 0xFF]
        for _ in 0..<5_000 {
            let length = Int.random(in: 0..<80, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let status = [nil, 200, 400, 429, 500].randomElement(using: &generator)!
            _ = bytes.withUnsafeBytes { classifier.classify(bytes: $0, status: status) }
        }
    }
}

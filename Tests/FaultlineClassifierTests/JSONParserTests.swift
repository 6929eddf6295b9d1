import Foundation
import Testing

@testable import FaultlineClassifier

/// The parsing cases of JSONTestSuite (y_ must parse, n_ must be rejected, i_ may go either way but must not
/// crash), read from the shared test data beside the repository.
@Suite struct JSONParserTests {
    static let suiteFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/testdata/JSONTestSuite/test_parsing")

    static var cases: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: suiteFolder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func parses(_ data: Data) -> Bool {
        var parser = JSONParser()
        return data.withUnsafeBytes { (try? parser.parse($0)) != nil }
    }

    @Test(.enabled(if: !cases.isEmpty, "JSONTestSuite not found beside the repository"))
    func acceptsEveryValidDocumentAndRejectsEveryInvalidOne() throws {
        var wrong: [String] = []
        for file in Self.cases {
            let name = file.lastPathComponent
            let accepted = parses(try Data(contentsOf: file))
            if name.hasPrefix("y_"), !accepted { wrong.append("rejected \(name)") }
            if name.hasPrefix("n_"), accepted { wrong.append("accepted \(name)") }
        }
        #expect(wrong.isEmpty, "\(wrong)")
        #expect(Self.cases.count >= 300)
    }

    @Test func rejectsTenThousandDeepNestingWithoutOverflowingTheStack() {
        let deep = Data((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)
        var parser = JSONParser()
        #expect(throws: JSONError.self) { try deep.withUnsafeBytes { _ = try parser.parse($0) } }
    }

    @Test func namesTheReasonForInvalidUTF8AndNulBytes() {
        var parser = JSONParser()
        let invalid: [UInt8] = Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        let nul: [UInt8] = Array(#"{"a":"x"#.utf8) + [0] + Array(#""}"#.utf8)
        #expect(throws: JSONError(reason: .invalidUTF8, offset: 7)) { try invalid.withUnsafeBytes { _ = try parser.parse($0) } }
        #expect(throws: JSONError(reason: .nulByte, offset: 7)) { try nul.withUnsafeBytes { _ = try parser.parse($0) } }
    }

    @Test func readsMembersByKeyPathAndDecodesEscapes() throws {
        let text = #"{"status":"503","response":{"headers":{"X-Request-Id":"req_1"}},"msg":"caf\u00e9 \ud83d\ude00\n","n":-12,"f":1.5e3}"#
        var parser = JSONParser()
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBytes { raw in
            let doc = try parser.parse(raw)
            #expect(doc.member(doc.root, "status").flatMap(doc.integer) == 503)
            let headers = try #require(doc.value(at: ["response", "headers"]))
            #expect(doc.memberIgnoringCase(headers, "x-request-id").flatMap(doc.string) == "req_1")
            #expect(doc.member(doc.root, "msg").flatMap(doc.string) == "café 😀\n")
            #expect(doc.member(doc.root, "n").flatMap(doc.integer) == -12)
            #expect(doc.member(doc.root, "f").flatMap(doc.double) == 1500)
            #expect(doc.member(doc.root, "missing") == nil)
        }
    }

    @Test("integers: digits only, an optional minus, nil past Int's range", arguments: [
        ("0", 0), ("-0", 0), ("404", 404), ("\"404\"", 404), ("1794700800000", 1_794_700_800_000),
        ("999999999999999999", 999_999_999_999_999_999), ("9223372036854775807", Int.max),
        ("-9223372036854775807", -Int.max), ("9223372036854775808", nil), ("-9223372036854775808", nil),
        ("12345678901234567890", nil), ("1.5", nil), ("1e3", nil), ("\"-\"", nil), ("\"\"", nil), ("\"12a\"", nil),
        ("true", nil),
    ] as [(String, Int?)])
    func integerValues(text: String, expected: Int?) throws {
        var parser = JSONParser()
        let bytes = Array("{\"n\":\(text)}".utf8)
        try bytes.withUnsafeBytes { raw in
            let doc = try parser.parse(raw)
            #expect(doc.member(doc.root, "n").flatMap(doc.integer) == expected)
        }
    }
}

@Suite struct DecimalTests {
    /// Short decimals are read without text; the Double must be the very one parsing the text gives.
    @Test func shortDecimalsReadAsTheSameDoubleAsTheirText() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "7", "0.5", "1794700876.206", "1794700876.2", "999999999999999", "0.000000000000001",
                     "123456789012.345", "-42.25", "1.", ".5", "1e3", "-", "", "1.2.3", "0x10", "1234567890123456"]
        for _ in 0..<20000 {
            let digits = Int.random(in: 1...16, using: &generator)
            let body = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let point = Int.random(in: 0...digits, using: &generator)
            var text = point == 0 || point == digits ? body
                : String(body.prefix(point)) + "." + String(body.dropFirst(point))
            if Bool.random(using: &generator) { text = "-" + text }
            texts.append(text)
        }
        for text in texts {
            let fast = Array(text.utf8).withUnsafeBytes { JSONDocument.shortDecimal($0) }
            if let fast {
                #expect(fast.bitPattern == Double(text)?.bitPattern, "\(text)")
            }
        }
        #expect(Array("1794700876.206".utf8).withUnsafeBytes { JSONDocument.shortDecimal($0) } == 1794700876.206)
        #expect(Array("1e3".utf8).withUnsafeBytes { JSONDocument.shortDecimal($0) } == nil)
    }
}

@Suite struct StringScanTests {
    /// The eight-bytes-at-a-time scan must stop exactly where a byte-by-byte scan would.
    @Test func wordScanFindsTheSameFirstSpecialByteAsAByteScan() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xFF, 0x61]
        for _ in 0..<200_000 {
            let bytes = (0..<8).map { _ in
                Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let special = JSONParser.specialBytes(word)
            let expected = bytes.firstIndex { $0 < 0x20 || $0 > 0x7F || $0 == 0x22 || $0 == 0x5C }
            if let expected {
                #expect(special != 0 && special.trailingZeroBitCount >> 3 == expected, "\(bytes)")
            } else {
                #expect(special == 0, "\(bytes)")
            }
        }
    }
}

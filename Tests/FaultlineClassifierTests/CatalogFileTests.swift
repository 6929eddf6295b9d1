import Testing

@testable import FaultlineClassifier

/// The catalogs are data files: the built-in ones hold every entry with its section and source, a user's
/// file adds a provider or overrides entries, and a mistake names file and line.
@Suite struct CatalogFileTests {
    @Test func theBuiltInFilesHoldEveryEntryWithItsSectionAndSource() {
        #expect(ProviderCatalog.files.map(\.provider) == Provider.known)
        #expect(ProviderCatalog.all.count == 171)
        for entry in ProviderCatalog.all {
            #expect(entry.section?.isEmpty == false, "\(entry.code) has no document section")
            #expect(entry.source.hasPrefix("catalogs/\(entry.provider.rawValue).json:"), "\(entry.code): \(entry.source)")
        }
        let counts = Dictionary(grouping: ProviderCatalog.all, by: \.provider).mapValues(\.count)
        #expect(counts == [.flint: 40, .stablegenius: 15, .cashier: 33, .flexiti: 41, .synaptopay: 42])
    }

    static let acme = #"""
    {
      "provider": "acme",
      "name": "Acme Pay",
      "hints": ["acme-pay"],
      "entries": [
        {"code": "ACME_CARD_DECLINED", "http_status": 402, "category": "card", "retryable": false,
         "basis": "status_rule", "basis_note": "Acme: never retry 4xx.", "description": "Declined.", "fix": "Ask for another card.",
         "samples": [{"status": 402, "body": {"error": {"code": "ACME_CARD_DECLINED", "message": "Card declined"}}}]},
        {"code": "acme_busy", "http_status": 503, "category": "server", "retryable": true,
         "basis": "catalog", "basis_note": "Acme: \"safe to retry\".", "description": "Busy.", "fix": "Retry after a second."}
      ]
    }
    """#

    @Test func aUserFileAddsAProviderWhoseCodesAreRecognised() throws {
        let file = try CatalogFile(text: Self.acme, file: "acme.json")
        let catalog = CatalogIndex.builtIn.adding([file])
        #expect(catalog.addedProviders == [Provider(rawValue: "acme")])
        #expect(catalog.entries.count == 173)
        let classifier = Classifier(catalog: catalog)
        let sample = try #require(file.entries[0].samples.first)
        let result = try #require(classifier.classify(body: sample.body, status: sample.status))
        #expect(result.provider.rawValue == "acme" && result.code == "ACME_CARD_DECLINED" && result.known)
        #expect(result.guidance == "Ask for another card." && result.entry?.source == "acme.json:6")
        // A bare string error with the provider's own code, named by a hint in any case.
        let hint = try #require(catalog.provider(hint: "ACME-Pay"))
        let busy = try #require(classifier.classify(body: #"{"error":"acme_busy"}"#, status: 503, hint: hint))
        #expect(busy.provider == hint && busy.retryable == true && busy.known)
        // An unlisted code from the provider gets the HTTP convention, named for it.
        let other = try #require(classifier.classify(body: "<html>oops</html>", status: 500, hint: hint))
        #expect(other.provider == hint && other.retryable == true && other.guidance?.hasPrefix("acme:") == true)
        // The built-in classifier knows nothing of it.
        #expect(Classifier().classify(body: sample.body, status: sample.status)?.provider == .flint)
    }

    @Test func aSampleThatDoesNotClassifyBackToItsEntryIsReportedAtItsLine() throws {
        let text = #"""
        {"provider": "acme", "entries": [
          {"code": "ACME_X", "http_status": 400, "category": "c", "retryable": false, "basis": "status_rule",
           "basis_note": "n", "description": "d", "fix": "f", "samples": [{"status": 400, "body": "<html>Bad</html>"}]}
        ]}
        """#
        let file = try CatalogFile(text: text, file: "acme.json")
        let error = try #require(CatalogIndex.builtIn.adding([file]).checkSamples(of: file))
        #expect(error.file == "acme.json" && error.line == 2, "\(error)")
        #expect(error.message.contains("classifies as acme HTTP_400"), "\(error)")
        let good = try CatalogFile(text: Self.acme, file: "acme.json")
        #expect(CatalogIndex.builtIn.adding([good]).checkSamples(of: good) == nil)
    }

    @Test func aUserEntryOverridesTheBuiltInOneWithTheSameCode() throws {
        let text = #"""
        {"provider": "flint", "entries": [
          {"code": "RATE_LIMIT_EXCEEDED", "http_status": 429, "category": "rate limit", "retryable": true, "basis": "catalog",
           "basis_note": "ours", "description": "Slow down.", "fix": "Wait for our nightly window."}
        ]}
        """#
        let catalog = CatalogIndex.builtIn.adding([try CatalogFile(text: text, file: "mine.json")])
        #expect(catalog.entries.count == 171)
        let result = try #require(Classifier(catalog: catalog).classify(body: #"{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"x"}}"#, status: 429))
        #expect(result.guidance == "Wait for our nightly window." && result.entry?.source == "mine.json:2")
    }

    @Test(arguments: [
        ("{\"provider\": \"acme\",\n \"entries\": [\n {\"code\": \"X\"}]}", 3, "missing \"category\""),
        ("{\"provider\": \"acme\", \"entries\": [\n{\"code\": \"X\", \"category\": \"c\",\n \"retryable\": \"yes\", \"basis\": \"catalog\"}]}", 3, "\"retryable\" must be true, false or null"),
        ("{\"provider\": \"acme\", \"entries\": [{\"code\": \"X\", \"category\": \"c\", \"retryable\": null,\n \"basis\": \"catalog\", \"basis_note\": \"n\", \"description\": \"d\", \"fix\": \"f\"}]}", 1, "\"retryable\" is null but the basis is catalog"),
        ("{\"provider\": \"acme\", \"entries\": [{\"code\": \"X\", \"category\": \"c\", \"retryable\": true,\n \"basis\": \"because\"}]}", 2, "\"basis\" cannot be \"because\""),
        ("{\"provider\": \"acme\",\n \"entries\": [{\"code\": \"X\",\n \"retriable\": true}]}", 3, "an entry has no member \"retriable\""),
        ("{\"provider\": \"Acme Pay\", \"entries\": []}", 1, "\"Acme Pay\" cannot be a provider id"),
        ("{\"provider\": \"unknown\", \"entries\": []}", 1, "\"unknown\" cannot be a provider id"),
        ("{\"provider\": \"acme\"}", 1, "missing \"entries\""),
        ("{\"provider\": \"acme\",\n\n \"entries\": [,]}", 3, "not valid JSON"),
        ("[]", 1, "a catalog file holds one JSON object"),
        ("{\"provider\": \"acme\", \"entries\": [{\"code\": \"X\", \"category\": \"c\", \"retryable\": true, \"basis\": \"catalog\",\n \"basis_note\": \"n\", \"description\": \"d\", \"fix\": \"f\",\n \"samples\": [{\"body\": {}}]}]}", 3, "a sample needs its \"status\""),
    ])
    func aMistakeNamesFileLineAndWhatToDo(text: String, line: Int, message: String) {
        do {
            _ = try CatalogFile(text: text, file: "bad.json")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.file == "bad.json" && error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
            #expect(!error.help.isEmpty)
            #expect(error.description.contains("--> bad.json:\(line)"))
        }
    }

    @Test func providerNamesAreReadInAnyCase() {
        for name in ["flint", "Flint", "FLINT", "StableGenius", "STABLE-GENIUS", "FlowPayment-Cashier", "FlExItI", "SynaptoPay"] {
            #expect(Provider(hint: name) != nil, "\(name)")
        }
        #expect(Provider.id(named: "FLINT") == "flint")
        #expect(Provider.id(named: "Unknown") == "unknown")
        #expect(Provider.id(named: "ACME") == "acme")
        #expect(Provider(hint: "stripe") == nil)
    }
}

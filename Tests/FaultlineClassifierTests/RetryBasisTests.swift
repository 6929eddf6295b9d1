import Testing

@testable import FaultlineClassifier

/// Each entry's retryability is either stated by its document (and the entry quotes it) or inferred by a
/// named rule; unknown codes get guidance that agrees with their retryability.
@Suite struct RetryBasisTests {
    @Test func onlyFlintsDocumentStatesRetryabilityPerCode() {
        for entry in ProviderCatalog.all where entry.basis.isStated {
            #expect(entry.provider == .flint, "\(entry.provider) \(entry.code) claims a stated retryability")
        }
        #expect(ProviderCatalog.flint.allSatisfy { $0.basis == .catalog })
    }

    @Test func statedEntriesQuoteTheirDocument() {
        for entry in ProviderCatalog.all where entry.basis.isStated {
            let word = entry.retryable == true ? "Retryable" : "Not retryable"
            #expect(entry.basisNote.contains("\"\(entry.category) · \(word)\""), "\(entry.code): \(entry.basisNote)")
        }
    }

    @Test func entriesInferredFromTheirDescriptionSayWhichTextDecided() {
        let inferred = ProviderCatalog.all.filter { $0.basis == .codeDescription }
        #expect(inferred.count == 26)
        for entry in inferred {
            #expect(entry.basisNote.contains("\""), "\(entry.code) quotes no text: \(entry.basisNote)")
        }
        for code in ["merchant_not_active", "intent_not_cancellable", "idempotency_key_conflict", "webhook_unreachable"] {
            #expect(CatalogIndex.builtIn.entry(.stablegenius, code)?.basis == .codeDescription, "\(code)")
        }
    }

    @Test func cashiersConflictFollowsItsRetryRule() throws {
        let entry = try #require(CatalogIndex.builtIn.entry(.cashier, "CONFLICT", status: 409))
        #expect(entry.retryable == false && entry.basis == .statusRule)
        #expect(StatusRules.verdict(provider: .cashier, status: 409).retryable == false)
    }

    @Test(arguments: [200, 402, 500, 502])
    func anUnlistedSynaptopayFailureCodeDoesNotPromiseARetry(status: Int) throws {
        let result = try #require(Classifier().classify(body: #"{"id":"pi_1","payment_error":{"code":"DEVICE_ON_FIRE"}}"#, status: status))
        #expect(result.retryable == nil && result.retryBasis == .undetermined && !result.known)
        let guidance = try #require(result.guidance)
        #expect(!guidance.contains("backoff") && guidance.contains("nothing decides"), "\(guidance)")
    }

    /// Guidance for codes no catalog lists comes from the same verdict as their retryability: it speaks of
    /// retrying only when a retry is allowed.
    @Test func unknownCodeGuidanceAgreesWithItsRetryability() {
        for provider in Provider.allCases {
            for status in [nil, 200, 400, 401, 404, 409, 410, 422, 429, 500, 502, 503, 504] as [Int?] {
                let verdict = StatusRules.verdict(provider: provider, status: status)
                let text = verdict.guidance.lowercased()
                let promises = text.contains("retry with") || text.contains("then retry") || text.contains("back off and retry")
                if verdict.retryable != true {
                    #expect(!promises, "\(provider) \(status.map(String.init) ?? "-"): \(verdict.guidance)")
                }
            }
        }
    }
}

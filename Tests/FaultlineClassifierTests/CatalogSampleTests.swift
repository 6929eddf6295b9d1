import Testing

@testable import FaultlineClassifier

/// Every catalog entry carries sample bodies, and every sample classifies back to its own entry.
@Suite struct CatalogSampleTests {
    @Test(arguments: ProviderCatalog.all.filter { !($0.kind == .grpcStatus && $0.grpcNumber == 0) })
    func everySampleClassifiesBackToItsOwnEntry(entry: CatalogEntry) throws {
        #expect(!entry.samples.isEmpty, "\(entry.provider) \(entry.code) has no sample")
        for sample in entry.samples {
            let result = try #require(
                Classifier().classify(body: sample.body, status: sample.status),
                "\(entry.code): sample not classified as an error: \(sample.body)")
            #expect(result.entry == entry, "\(entry.provider) \(entry.code) sample → \(result.provider) \(result.code) (\(result.entry?.code ?? "no entry"))")
            #expect(result.provider == entry.provider)
            #expect(result.category == entry.category)
            #expect(result.retryable == entry.retryable)
            #expect(result.retryBasis == entry.basis)
            #expect(result.known)
            #expect(result.guidance == entry.fix)
        }
    }

    @Test func grpcOkIsNotAnError() throws {
        let ok = try #require(ProviderCatalog.synaptopay.first { $0.kind == .grpcStatus && $0.grpcNumber == 0 })
        for sample in ok.samples {
            #expect(Classifier().classify(body: sample.body, status: sample.status) == nil)
        }
    }

    @Test func everyEntryHasTextAndAReasonForItsRetryability() {
        for entry in ProviderCatalog.all {
            #expect(!entry.description.isEmpty && !entry.fix.isEmpty && !entry.category.isEmpty, "\(entry.code)")
            #expect(!entry.basisNote.isEmpty, "\(entry.code) has no basis note")
            if entry.retryable == nil { #expect(entry.basis == .undetermined, "\(entry.code)") }
        }
    }

    @Test func noTwoEntriesShareProviderKindCodeStatusAndVariant() {
        var seen = Set<String>()
        for entry in ProviderCatalog.all {
            let key = "\(entry.provider)|\(entry.kind)|\(entry.code)|\(entry.httpStatus.map(String.init) ?? "-")|\(entry.messageContains ?? "")"
            #expect(seen.insert(key).inserted, "duplicate entry \(key)")
        }
    }

    @Test func synaptopayHasAllSeventeenGrpcStatusCodes() {
        let numbers = Set(ProviderCatalog.synaptopay.filter { $0.kind == .grpcStatus && $0.messageContains == nil }.compactMap(\.grpcNumber))
        #expect(numbers == Set(0...16))
    }
}

extension CatalogEntry: CustomTestStringConvertible {
    /// Names a parameterised test case by its entry, not by every field of it.
    public var testDescription: String {
        "\(provider.rawValue) \(kind.rawValue) \(code)\(httpStatus.map { " (\($0))" } ?? "")\(messageContains.map { " ~\($0)" } ?? "")"
    }
}

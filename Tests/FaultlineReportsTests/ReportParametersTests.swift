import FaultlineReports
import FaultlineStore
import Foundation
import Testing

@Suite struct ReportParametersTests {
    let now = Date(timeIntervalSince1970: 1_795_426_215) // 2026-11-23T09:30:15Z

    @Test func bindsOnlyWhatWasGivenWithTimesInStoreFormat() throws {
        let parameters = ReportParameters(since: "yesterday", provider: "stripe", limit: 5, bucket: .day)
        #expect(try parameters.bindings(now: now) == [
            "since": "2026-11-22T00:00:00.000Z", "provider": "stripe", "limit": 5, "bucket": "day",
        ])
        #expect(parameters.given == ["since", "provider", "limit", "bucket"])
    }

    @Test func nothingGivenBindsNothing() throws {
        #expect(try ReportParameters().bindings(now: now).isEmpty)
        #expect(ReportParameters().given.isEmpty)
    }

    @Test func requestIDBindsAsRequestUnderscoreID() throws {
        #expect(try ReportParameters(requestID: "req_1").bindings(now: now) == ["request_id": "req_1"])
    }

    @Test func refusesAWindowThatEndsBeforeItStarts() {
        #expect {
            try ReportParameters(since: "today", until: "yesterday").bindings(now: now)
        } throws: { error in
            "\(error)".contains("is not before until")
        }
    }

    @Test func refusesANegativeLimit() {
        #expect(throws: ReportError.self) { try ReportParameters(limit: -1).bindings(now: now) }
    }
}

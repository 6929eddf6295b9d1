import FaultlineReports
import Foundation
import Testing

@Suite struct TimeExpressionTests {
    /// 2026-11-23T09:30:15.250Z.
    let now = Date(timeIntervalSince1970: 1_795_426_215.25)

    @Test func nowIsTheGivenInstantInTheStoreFormat() throws {
        #expect(try TimeExpression.parse("now", now: now) == "2026-11-23T09:30:15.250Z")
    }

    @Test func dateIsUTCMidnight() throws {
        #expect(try TimeExpression.parse("2026-11-22", now: now) == "2026-11-22T00:00:00.000Z")
    }

    @Test(arguments: [
        ("2026-11-22T08:00:00Z", "2026-11-22T08:00:00.000Z"),
        ("2026-11-22t08:00:00z", "2026-11-22T08:00:00.000Z"),
        ("2026-11-22 08:00:00Z", "2026-11-22T08:00:00.000Z"),
        ("2026-11-22T08:00Z", "2026-11-22T08:00:00.000Z"),
        ("2026-11-22T08:00:00.5Z", "2026-11-22T08:00:00.500Z"),
        ("2026-11-22T08:00:00.123456789Z", "2026-11-22T08:00:00.123Z"),
        ("2026-11-22T10:00:00+02:00", "2026-11-22T08:00:00.000Z"),
        ("2026-11-22T10:00:00.250+02:00", "2026-11-22T08:00:00.250Z"),
        ("2026-11-22T02:30:00-05:30", "2026-11-22T08:00:00.000Z"),
        ("2026-01-01T01:00:00+02:00", "2025-12-31T23:00:00.000Z"),
        ("2024-02-29T23:59:59.999-00:00", "2024-02-29T23:59:59.999Z"),
        ("  2026-11-22T08:00:00Z \n", "2026-11-22T08:00:00.000Z"),
    ])
    func rfc3339DateTimesAreConvertedToUTC(input: String, expected: String) throws {
        #expect(try TimeExpression.parse(input, now: now) == expected)
    }

    @Test(arguments: [
        ("90m", "2026-11-23T08:00:15.250Z"),
        ("24h", "2026-11-22T09:30:15.250Z"),
        ("7d", "2026-11-16T09:30:15.250Z"),
        ("2w", "2026-11-09T09:30:15.250Z"),
        ("24 h", "2026-11-22T09:30:15.250Z"),
        ("0m", "2026-11-23T09:30:15.250Z"),
    ])
    func relativeTimesCountBackFromNow(input: String, expected: String) throws {
        #expect(try TimeExpression.parse(input, now: now) == expected)
    }

    @Test func todayAndYesterdayAreUTCMidnights() throws {
        #expect(try TimeExpression.parse("today", now: now) == "2026-11-23T00:00:00.000Z")
        #expect(try TimeExpression.parse("Yesterday", now: now) == "2026-11-22T00:00:00.000Z")
    }

    @Test func yesterdayCrossesMonthAndYearEnds() throws {
        let newYear = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z
        #expect(try TimeExpression.parse("yesterday", now: newYear) == "2025-12-31T00:00:00.000Z")
    }

    @Test(arguments: [
        ("", "it is empty"),
        ("last tuesday", "Expected a date"),
        ("2026-13-01", "month 13 is not 01 to 12"),
        ("2026-02-29", "2026-02 has no day 29"),
        ("2026-11-31", "2026-11 has no day 31"),
        ("2026-11-22T10:00:00", "needs Z or an offset"),
        ("2026-11-22T25:00:00Z", "hour 25 is not 00 to 23"),
        ("2026-11-22T10:61:00Z", "minute 61"),
        ("2026-11-22T10:00:00.Z", "needs digits after it"),
        ("2026-11-22T10:00:00+0200", "expected \":\" after the offset hour"),
        ("2026-11-22T10:00:00Zjunk", "nothing may follow the Z"),
        ("22/11/2026", "expected a four-digit year"),
        ("24x", "\"x\" is not a unit"),
        ("99999999999w", "outside the years 0001 to 9999"),
    ])
    func badInputSaysWhatIsWrongAndWhatIsAccepted(input: String, reason: String) {
        #expect {
            try TimeExpression.parse(input, now: now)
        } throws: { error in
            guard let error = error as? ReportError else { return false }
            let text = error.description
            return error.reason == .badParameter && text.contains(reason)
                && text.contains("2026-11-22T08:00:00Z") && text.contains("24h") && text.contains("yesterday")
        }
    }
}

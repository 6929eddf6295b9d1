import FaultlineTime
import Testing

@Suite struct UTCTimeTests {
    @Test func daysAndDatesRoundTripAcrossCenturiesAndLeapDays() {
        for days in stride(from: Int64(-800_000), through: 2_900_000, by: 97) {
            let (year, month, day) = UTCTime.date(days: days)
            #expect(UTCTime.days(year: year, month: month, day: day) == days)
            #expect((1...UTCTime.daysInMonth(year: year, month: month)).contains(day))
        }
        #expect(UTCTime.date(days: UTCTime.days(year: 2024, month: 2, day: 29)) == (2024, 2, 29))
        #expect(UTCTime.daysInMonth(year: 1900, month: 2) == 28 && UTCTime.daysInMonth(year: 2000, month: 2) == 29)
    }

    @Test func formatsTheStoresFixedWidthUTCText() {
        #expect(UTCTime.format(milliseconds: 0) == "1970-01-01T00:00:00.000Z")
        #expect(UTCTime.format(milliseconds: 1_795_334_400_250) == "2026-11-22T08:00:00.250Z")
        #expect(UTCTime.format(milliseconds: -1) == "1969-12-31T23:59:59.999Z")
        #expect(UTCTime.startOfDay(1_795_334_400_250) == 1_795_305_600_000)
    }

    @Test func writingBytesGivesTheFormattedText() {
        var generator = SystemRandomNumberGenerator()
        let edges: [Int64] = [0, 1, 999, 86_399_999, 86_400_000, 253_402_300_799_999, 253_402_300_800_000, -1, -86_400_001]
        let randomValues = (0..<5000).map { _ in Int64.random(in: -100_000_000_000...300_000_000_000_000, using: &generator) }
        for milliseconds in edges + randomValues {
            var bytes = [UInt8](repeating: 0, count: UTCTime.formattedCount)
            bytes.withUnsafeMutableBufferPointer { UTCTime.write(milliseconds: milliseconds, to: $0.baseAddress!) }
            #expect(String(decoding: bytes, as: UTF8.self) == UTCTime.format(milliseconds: milliseconds), "\(milliseconds)")
        }
    }

    @Test func formattedTimesReadBackAndOtherTextIsRefused() {
        var generator = SystemRandomNumberGenerator()
        let values = [0, -1, 3_599_999, UTCTime.representable.lowerBound, UTCTime.representable.upperBound - 1]
            + (0..<3000).map { _ in Int64.random(in: UTCTime.representable, using: &generator) }
        for milliseconds in values {
            #expect(UTCTime.milliseconds(formatted: UTCTime.format(milliseconds: milliseconds)) == milliseconds, "\(milliseconds)")
        }
        for text in ["", "2026-11-20T10:00:00Z", "2026-11-20 10:00:00.000Z", "2026-02-30T10:00:00.000Z",
                     "2026-11-20T24:00:00.000Z", "0000-01-01T00:00:00.000Z", "2026-11-2xT10:00:00.000Z"] {
            #expect(UTCTime.milliseconds(formatted: text) == nil, "\(text)")
        }
    }

    @Test func hoursRoundDownAlsoBefore1970() {
        #expect(UTCTime.hourAndMillisecond(0) == (0, 0))
        #expect(UTCTime.hourAndMillisecond(3_600_000 + 5) == (1, 5))
        #expect(UTCTime.hourAndMillisecond(-1) == (-1, 3_599_999))
        #expect(UTCTime.hourAndMillisecond(-3_600_000) == (-1, 0))
    }
}

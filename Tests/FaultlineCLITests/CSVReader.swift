/// A strict RFC 4180 reader, written independently of faultline's CSV writer so that a round trip through
/// both checks the writer rather than agreeing with it.
///
/// Records end with CRLF (a bare LF is accepted too); a quoted field may hold commas, CR, LF and doubled
/// quotes. Anything else after a closing quote is an error, as is an unterminated quoted field.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var fieldStarted = false

        func endField() {
            record.append(field)
            field = ""
            fieldStarted = false
        }
        func endRecord() {
            endField()
            records.append(record)
            record = []
        }

        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\"" where !fieldStarted && field.isEmpty:
                // A quoted field: read to the closing quote.
                var closed = false
                while let inner = scalars.popFirst() {
                    if inner == "\"" {
                        if scalars.first == "\"" {
                            scalars.removeFirst()
                            field.unicodeScalars.append("\"")
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        field.unicodeScalars.append(inner)
                    }
                }
                guard closed else { throw Malformed(description: "unterminated quoted field in record \(records.count + 1)") }
                fieldStarted = true
                guard let next = scalars.first, next == "," || next == "\r" || next == "\n" else {
                    if scalars.isEmpty { continue }
                    throw Malformed(description: "text after a closing quote in record \(records.count + 1)")
                }
            case "\"":
                throw Malformed(description: "a quote inside an unquoted field in record \(records.count + 1)")
            case ",":
                endField()
            case "\r":
                guard scalars.first == "\n" else {
                    throw Malformed(description: "a bare CR outside quotes in record \(records.count + 1)")
                }
                scalars.removeFirst()
                endRecord()
            case "\n":
                endRecord()
            default:
                fieldStarted = true
                field.unicodeScalars.append(scalar)
            }
        }
        if fieldStarted || !field.isEmpty || !record.isEmpty { endRecord() }
        return records
    }

    /// The records as dictionaries keyed by the header row. Blank lines (records of one empty field) are
    /// skipped, as Python's `csv.DictReader` does; `records` keeps them, for tests of the exact layout.
    static func rows(_ text: String) throws -> (header: [String], rows: [[String: String]]) {
        let all = try records(text).filter { $0 != [""] }
        guard let header = all.first else { throw Malformed(description: "no header row") }
        var rows: [[String: String]] = []
        for (index, record) in all.dropFirst().enumerated() {
            guard record.count == header.count else {
                throw Malformed(description: "record \(index + 2) has \(record.count) fields, the header \(header.count)")
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, record)))
        }
        return (header, rows)
    }
}

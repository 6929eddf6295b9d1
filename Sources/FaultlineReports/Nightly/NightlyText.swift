import FaultlineStore

/// The words both the page and the digest use: key figures, each section's question, and the one-line
/// findings written above some tables. Read from the tables by column name; a figure whose column is
/// missing is left out.
enum NightlyText {
    /// The summary's `all` row as (label, value) pairs: lines, errors, error rate, requests, rejected lines.
    static func keyFigures(_ night: Night) -> [(label: String, value: String)] {
        guard let table = night.section("summary")?.table,
              let row = table.rows.last(where: { $0.first?.stringValue == "all" }) else { return [] }
        var figures: [(String, String)] = []
        for (name, label) in [("lines", "lines"), ("errors", "errors"), ("error_rate", "error rate"),
                              ("requests", "requests with errors"), ("rejected", "rejected lines")] {
            guard let index = table.columns.firstIndex(where: { $0.name == name }) else { continue }
            let value = row[index]
            if name == "error_rate" {
                if let rate = NightCharts.rate(value) { figures.append((label, rate)) }
            } else if case .integer(let number) = value {
                figures.append((label, String(number)))
            }
        }
        return figures
    }

    /// What the section's report answers, from its query header.
    static func question(_ section: NightSection) -> String {
        (try? ReportCatalog.builtIn.report(named: section.report).answers) ?? ""
    }

    /// What the section's table does not show ("and 19 more rows", "first_seen and last_seen are left
    /// out"), pointing at the command that prints everything; nil when it shows all.
    static func omissions(_ section: NightSection) -> String? {
        var parts: [String] = []
        if let hidden = section.hiddenRows { parts.append("\(hidden) more row\(hidden == 1 ? "" : "s")") }
        if !section.leftOut.isEmpty { parts.append("the columns " + section.leftOut.joined(separator: " and ")) }
        guard !parts.isEmpty else { return nil }
        return "Not shown here: " + parts.joined(separator: ", and ") + "; the command below prints them."
    }

    /// A finding in words for the sections that have one.
    static func headline(_ section: NightSection) -> String? {
        let table = section.table
        func total(_ column: String) -> Int? {
            guard table.columns.contains(where: { $0.name == column }) else { return nil }
            return table.values(of: column).reduce(0) { sum, value in
                if case .integer(let number) = value { return sum + Int(number) }
                return sum
            }
        }
        switch section.report {
        case "retries":
            guard let operations = total("operations"), let recovered = total("recovered"),
                  let wasted = total("wasted"), let gaveUp = total("gave_up") else { return nil }
            return "Of \(operations) failed operation\(operations == 1 ? "" : "s"), \(recovered) recovered on a retry; "
                + "\(wasted) \(wasted == 1 ? "was" : "were") retried after an error a retry cannot fix (wasted); "
                + "\(gaveUp) gave up on a retryable error, which a retry would likely have saved."
        case "changes":
            guard table.columns.contains(where: { $0.name == "status" }) else { return nil }
            let statuses = table.values(of: "status").compactMap(\.stringValue)
            if statuses.isEmpty { return "Nothing new, spiking or gone against the baseline." }
            let counts = ["new", "spike", "gone"].map { status in (status, statuses.filter { $0 == status }.count) }
            return counts.map { "\($0.1) \($0.0 == "spike" ? "spiking" : $0.0)" }.joined(separator: ", ")
                + " code\(statuses.count == 1 ? "" : "s") against the baseline."
        case "retryability":
            let counts = zip(table.values(of: "retryable"), table.values(of: "count")).compactMap { verdict, count -> (String, Int)? in
                guard let verdict = verdict.stringValue, case .integer(let number) = count else { return nil }
                return (verdict, Int(number))
            }
            let all = counts.reduce(0) { $0 + $1.1 }
            guard all > 0, let retryable = counts.first(where: { $0.0 == "true" })?.1 else { return nil }
            return "\(retryable) of \(all) errors (\(NightCharts.rate(.real(Double(retryable) / Double(all))) ?? "")) could simply be retried."
        default:
            return nil
        }
    }
}

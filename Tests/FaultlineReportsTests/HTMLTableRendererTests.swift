import FaultlineReports
import FaultlineStore
import Testing

@Suite struct HTMLTableRendererTests {
    @Test func writesOneSelfContainedPageWithTheTable() {
        let page = HTMLTableRenderer(title: "faultline report top-errors", subtitle: "Which errors hurt us most?").render(SampleTables.mixed)
        #expect(page.hasPrefix("<!DOCTYPE html>\n"))
        #expect(page.contains("<title>faultline report top-errors</title>"))
        #expect(page.contains("<p class=\"lead\">Which errors hurt us most?</p>"))
        #expect(page.contains("<th class=\"num\">rank</th><th>code</th><th>retryable</th><th class=\"num\">share</th><th>first_seen</th><th>note</th>"))
        // Numbers right-aligned and raw, booleans as words, NULL empty, times breakable after the T.
        #expect(page.contains("<tr><td class=\"num\">2</td><td>rate_limit</td><td>true</td><td class=\"num\">0.25</td><td></td><td></td></tr>"))
        #expect(page.contains("<td>2026-11-22T<wbr>08:00:00.000Z</td>"))
        #expect(page.contains("<p class=\"note\">3 rows</p>"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func fetchesNothingAndRunsNoScript() {
        let page = HTMLTableRenderer().render(SampleTables.mixed).lowercased()
        for fetching in ["<script", "<link", "<img", "src=", "url(", "@import", "http://", "https://"] {
            #expect(!page.contains(fetching), "the page contains \(fetching)")
        }
        #expect(page.contains("content-security-policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""))
    }

    @Test func escapesMarkupInCellsAndHeadersSoLogTextCannotInjectHTML() {
        let table = ResultTable(columns: [ReportColumn("<b>code</b>", .text), ReportColumn("message", .text)], rows: [
            ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"],
            ["a & b", "it's \u{1B}[31mred\u{07}"],
        ])
        let page = HTMLTableRenderer(title: "<title>", subtitle: "</p><script>").render(table)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("<th>&lt;b&gt;code&lt;/b&gt;</th>"))
        #expect(page.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>"))
        #expect(page.contains("<td>a &amp; b</td><td>it&#39;s  [31mred </td>"))
        #expect(page.contains("<title>&lt;title&gt;</title>"))
    }

    @Test func aColumnOfLongTextsIsKeptWideEnoughToRead() {
        let long = String(repeating: "word ", count: 9)
        let table = ResultTable(columns: [ReportColumn("code", .text), ReportColumn("guidance", .text)], rows: [["a", .text(long)]])
        #expect(HTMLTableRenderer().render(table).contains("<th>code</th><th class=\"wide\">guidance</th>"))
    }

    @Test func anEmptyResultStillShowsItsColumns() {
        let page = HTMLTableRenderer().render(SampleTables.empty)
        #expect(page.contains("<th>code</th>"))
        #expect(page.contains("<td class=\"empty\" colspan=\"6\">no rows</td>"))
        #expect(page.contains("<p class=\"note\">0 rows</p>"))
    }

    @Test func htmlIsAnOutputFormatOfEveryReport() {
        #expect(OutputFormat(rawValue: "html") == .html)
        let page = OutputFormat.html.renderer(title: ("faultline report summary", nil)).render(SampleTables.mixed)
        #expect(page.contains("<h1>faultline report summary</h1>"))
    }
}

import Foundation
import Testing

@Suite("query reads its SQL from wherever a shell can point it")
struct QueryInputTests {
    @Test("query reads SQL from a pipe (/dev/stdin), as `echo SQL | faultline query /dev/stdin` would")
    func queryReadsSQLFromAPipe() throws {
        let store = try SampleStore()
        let result = try faultline(["query", "--db", store.db, "--format", "csv", "/dev/stdin"], in: store.directory.url,
                                   stdin: Data("SELECT count(*) AS events FROM events;\n".utf8))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "events\r\n472\r\n")
        // Whatever the outcome, a readable pipe is not "permission denied, or it is a directory".
        #expect(!result.stderr.contains("permission denied"), "\(result.stderr)")
    }

    @Test("query reads SQL from a file")
    func queryReadsSQLFromAFile() throws {
        let store = try SampleStore()
        let file = try store.directory.write("count.sql", "SELECT count(*) AS events FROM events;\n")
        let result = try faultline("query", "--db", store.db, "--format", "csv", file, in: store.directory.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "events\r\n472\r\n")
    }
}

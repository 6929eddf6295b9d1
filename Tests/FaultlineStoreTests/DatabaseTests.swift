import FaultlineStore
import Testing

@Suite("The SQLite wrapper")
struct DatabaseTests {
    @Test("values bound by index and by name come back as they went in")
    func bindingRoundTrips() throws {
        let db = try Database(path: ":memory:", mode: .readWrite)
        let s = try db.prepare("SELECT ?1, ?2, ?3, ?4, :flag, :missing, :text")
        try s.bind(Int64.max, at: 1)
        try s.bind(2.5, at: 2)
        try s.bind("naïve ✓", at: 3)
        try s.bind(nil as String?, at: 4)
        try s.bind(true, named: "flag")
        try s.bindNull(named: ":missing")
        try s.bind("by name", named: ":text")
        #expect(try s.step())
        #expect((0..<s.columnCount).map(s.value(at:)) == [.integer(Int64.max), .real(2.5), .text("naïve ✓"), .null,
                                                          .integer(1), .null, .text("by name")])
        #expect(try !s.step())

        s.reset()
        try s.bind(false, named: "flag")
        #expect(try s.step())
        #expect(s.bool(at: 4) == false && s.string(at: 2) == "naïve ✓", "reset keeps other bindings")
    }

    @Test("binding a parameter the statement does not have is an error")
    func unknownParameterName() throws {
        let db = try Database(path: ":memory:", mode: .readWrite)
        let s = try db.prepare("SELECT :a")
        #expect(s.parameterIndex("a") == 1 && s.parameterIndex(":a") == 1)
        #expect(storeError { try s.bind(1, named: "b") }?.reason == .misuse)
        #expect(storeError { try s.bind(1, at: 2) }?.reason == .misuse)
    }

    @Test("transactions commit on return and roll back on throw")
    func transactions() throws {
        struct Boom: Error {}
        let db = try Database(path: ":memory:", mode: .readWrite)
        try db.execute("CREATE TABLE t (x INTEGER)")
        try db.transaction { try db.execute("INSERT INTO t VALUES (1)") }
        #expect(throws: Boom.self) {
            try db.transaction(.deferred) {
                try db.execute("INSERT INTO t VALUES (2)")
                throw Boom()
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT group_concat(x) FROM t") == .text("1"))
    }

    @Test("a full disk is explained with what to do")
    func diskFullIsWorded() throws {
        let dir = try TemporaryDirectory()
        let db = try Database(path: dir.path("small.db"), mode: .readWrite)
        try db.execute("CREATE TABLE t (x TEXT)")
        // A page limit makes SQLite report SQLITE_FULL exactly as a full disk does.
        try db.execute("PRAGMA max_page_count = 3")
        let insert = try db.prepare("INSERT INTO t VALUES (?1)")
        try insert.bind(String(repeating: "x", count: 64 * 1024), at: 1)
        let error = storeError { try insert.run() }
        #expect(error?.reason == .diskFull)
        #expect(error?.description.contains("the disk is full; free space and re-run: ingest resumes where it stopped") == true)
    }

    @Test("errors in SQL name the statement and SQLite's reason")
    func sqlErrorsAreWorded() throws {
        let db = try Database(path: ":memory:", mode: .readWrite)
        let error = storeError { _ = try db.prepare("SELEC 1") }
        #expect(error?.reason == .invalidSQL)
        #expect(error?.sql == "SELEC 1")
        #expect(error?.description.contains("syntax error") == true)
        #expect(error?.description.contains("`SELEC 1`") == true)
    }
}

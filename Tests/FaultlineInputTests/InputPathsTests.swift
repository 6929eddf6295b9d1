import Foundation
import Testing
@testable import FaultlineInput

@Suite("Expanding command-line inputs")
struct InputPathsTests {
    @Test func aFolderContributesItsLogFilesSortedByNameAndNothingElse() throws {
        let temp = try TemporaryFolder()
        let folder = try temp.makeFolder("logs")
        for name in ["b.log.gz", "a.jsonl", "c.txt", "Z.JSON", "d.ndjson", "e.json.gz", ".hidden.jsonl", "notes.gz", "f.jsonl.bak"] {
            try temp.write("logs/" + name, "{}\n")
        }
        _ = try temp.makeFolder("logs/sub.jsonl")
        let paths = try InputPaths.expand([folder])
        #expect(paths == ["Z.JSON", "a.jsonl", "b.log.gz", "d.ndjson", "e.json.gz"].map { .file(folder + "/" + $0) })
    }

    @Test func aFolderWithATrailingSlashGivesCleanPaths() throws {
        let temp = try TemporaryFolder()
        let folder = try temp.makeFolder("logs")
        try temp.write("logs/a.jsonl", "{}\n")
        #expect(try InputPaths.expand([folder + "/"]) == [.file(folder + "/a.jsonl")])
    }

    @Test func aFolderWithoutLogFilesIsAnErrorThatSaysWhichNamesCount() throws {
        let temp = try TemporaryFolder()
        let folder = try temp.makeFolder("logs")
        try temp.write("logs/readme.txt", "hi")
        let error = #expect(throws: InputError.self) { try InputPaths.expand([folder]) }
        #expect(error == .noLogFilesInFolder(path: folder, otherFiles: 1))
        let message = error?.description ?? ""
        #expect(message.hasPrefix("no log files in folder \(folder) (it has 1 other file) — "))
        #expect(message.contains(".jsonl, .ndjson, .json or .log"))
    }

    @Test func aMissingFileSaysWhatToCheckAndWhatElseWorks() throws {
        let error = #expect(throws: InputError.self) { try InputPaths.expand(["/x/y.jsonl"]) }
        #expect(error?.description == "no such file: /x/y.jsonl — check the path; a folder or a quoted glob like 'logs/*.jsonl.gz' also works")
    }

    @Test func aQuotedGlobIsExpandedSortedAndSkipsFolders() throws {
        let temp = try TemporaryFolder()
        for name in ["2024-01-02.jsonl.gz", "2024-01-01.jsonl.gz", "2024-01-01.txt"] { try temp.write(name, "{}\n") }
        _ = try temp.makeFolder("2024-01-03.jsonl.gz")
        let paths = try InputPaths.expand([temp.path + "/2024-01-0?.jsonl.gz"])
        #expect(paths == [.file(temp.url("2024-01-01.jsonl.gz")), .file(temp.url("2024-01-02.jsonl.gz"))])
        let bracket = try InputPaths.expand([temp.path + "/2024-01-0[2].*"])
        #expect(bracket == [.file(temp.url("2024-01-02.jsonl.gz"))])
    }

    @Test func aGlobMatchingNothingNamesThePattern() throws {
        let temp = try TemporaryFolder()
        let pattern = temp.path + "/*.jsonl.gz"
        let error = #expect(throws: InputError.self) { try InputPaths.expand([pattern]) }
        #expect(error == .noMatches(pattern: pattern, foldersMatched: 0))
        #expect(error?.description.hasPrefix("no files match \(pattern) — ") == true)
    }

    @Test func aGlobMatchingOnlyFoldersSaysSo() throws {
        let temp = try TemporaryFolder()
        _ = try temp.makeFolder("day1")
        let error = #expect(throws: InputError.self) { try InputPaths.expand([temp.path + "/day*"]) }
        #expect(error?.description.contains("it matched 1 folder") == true)
    }

    @Test func anExistingFileWhoseNameLooksLikeAGlobIsTakenLiterally() throws {
        let temp = try TemporaryFolder()
        let odd = try temp.write("[x].jsonl", "{}\n")
        #expect(try InputPaths.expand([odd]) == [.file(odd)])
    }

    @Test func theSameFileNamedTwiceAppearsOnceAtItsFirstPosition() throws {
        let temp = try TemporaryFolder()
        let folder = try temp.makeFolder("logs")
        let a = try temp.write("logs/a.jsonl", "{}\n")
        let b = try temp.write("logs/b.jsonl", "{}\n")
        try FileManager.default.createSymbolicLink(atPath: temp.url("link.jsonl"), withDestinationPath: b)
        let paths = try InputPaths.expand([b, folder, folder + "/./a.jsonl", temp.url("link.jsonl"), folder + "/*.jsonl"])
        #expect(paths == [.file(b), .file(a)])
    }

    @Test func aDashIsStandardInputAndCountsOnce() throws {
        let temp = try TemporaryFolder()
        let a = try temp.write("a.jsonl", "{}\n")
        #expect(try InputPaths.expand(["-", a, "-"]) == [.standardInput, .file(a)])
    }

    @Test func noArgumentsGiveNoInputs() throws {
        #expect(try InputPaths.expand([]) == [])
    }

    @Test func explicitlyNamedFilesNeedNoLogExtension() throws {
        let temp = try TemporaryFolder()
        let odd = try temp.write("dump.txt", "{}\n")
        #expect(try InputPaths.expand([odd]) == [.file(odd)])
    }

    @Test(.enabled(if: geteuid() != 0, "root may read anything"))
    func anUnreadableFileFailsBeforeAnythingIsRead() throws {
        let temp = try TemporaryFolder()
        let locked = try temp.write("locked.jsonl", "{}\n")
        chmod(locked, 0)
        let error = #expect(throws: InputError.self) { try InputPaths.expand([locked]) }
        #expect(error?.description.hasPrefix("cannot read \(locked): Permission denied — ") == true)
    }

    @Test func logFileNamesAreRecognisedCaseInsensitivelyWithOptionalGz() {
        #expect(InputPaths.isLogFileName("a.JSONL"))
        #expect(InputPaths.isLogFileName("a.log.gz"))
        #expect(InputPaths.isLogFileName("a.ndjson.GZ"))
        #expect(!InputPaths.isLogFileName("a.gz"))
        #expect(!InputPaths.isLogFileName(".jsonl"))
        #expect(!InputPaths.isLogFileName("a.jsonl.zip"))
    }
}

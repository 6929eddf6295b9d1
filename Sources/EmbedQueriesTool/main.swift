import Foundation

// Writes a Swift file that holds each SQL file's name and text, so a copied faultline binary keeps its
// reports: EmbedQueriesTool OUTPUT.swift (FOLDER | FILE.sql)...
//
// A folder stands for the `*.sql` files in it, read when the tool runs rather than when the build was
// planned, so a query added since is not missed.
//
// Each file must open with `-- name: <its file name>`; a file that does not fails the build here, with
// file:line, rather than when someone runs the report.

/// Prints a compiler-style diagnostic, which the build shows next to the file, and exits.
func fail(_ path: String, line: Int, _ message: String) -> Never {
    FileHandle.standardError.write(Data("\(path):\(line): error: \(message)\n".utf8))
    exit(1)
}

/// The shortest run of `#` that no `"` or `\` in `text` is followed by, so a raw string literal
/// delimited by it can neither end early nor see an escape or interpolation inside the SQL.
func rawDelimiter(for text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return hashes
}

/// A Swift expression whose value is exactly `text`.
func literal(_ text: String) -> String {
    // Multi-line literals turn CR and CRLF into LF, and some control characters are not allowed in
    // source at all; such text goes in as its bytes instead.
    let plain = text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }
    guard plain else {
        let bytes = text.utf8.map { String($0) }.joined(separator: ", ")
        return "String(decoding: [\(bytes)] as [UInt8], as: UTF8.self)"
    }
    let hashes = rawDelimiter(for: text)
    if !text.contains("\n") { return "\(hashes)\"\(text)\"\(hashes)" }
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

/// The SQL files `path` stands for: itself, or the `.sql` files in a folder ordered by name. Hidden files
/// are editor leftovers (`.#top-errors.sql`), not reports.
func sqlFiles(at path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        return [path]
    }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
        fail(path, line: 1, "cannot list the folder")
    }
    return names.filter { $0.hasSuffix(".sql") && !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedQueriesTool OUTPUT.swift (FOLDER | FILE.sql)...\n".utf8))
    exit(64)
}

var swift = """
    // Generated from queries/*.sql at build time by EmbedQueriesTool. Do not edit.
    enum EmbeddedQueries {
        /// Every report query: its file name without `.sql`, and its text exactly as in the file.
        static let files: [(name: String, sql: String)] = [

    """
for path in arguments.dropFirst().flatMap(sqlFiles(at:)) {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path) else { fail(path, line: 1, "cannot read the file") }
    guard let text = String(data: data, encoding: .utf8) else { fail(path, line: 1, "the file is not UTF-8 text") }
    let name = url.deletingPathExtension().lastPathComponent
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }.trimmingCharacters(in: .whitespaces)
    guard firstLine == "-- name: \(name)" else {
        fail(path, line: 1, "a report query must open with `-- name: \(name)` (its file name), then `-- answers:`, "
            + "`-- parameters:` and `-- columns:` lines; found `\(firstLine)`")
    }
    swift += "        (\(literal(name)), \(literal(text))),\n"
}
swift += "    ]\n}\n"

do {
    try swift.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
    fail(outputPath, line: 1, "cannot write the generated file: \(error.localizedDescription)")
}

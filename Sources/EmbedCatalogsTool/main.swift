import Foundation

// Writes a Swift file that holds each catalog file's name and text, so a copied faultline binary keeps its
// catalogs: EmbedCatalogsTool OUTPUT.swift FOLDER
//
// The folder's `*.json` files are read when the tool runs rather than when the build was planned, so a
// catalog added since is not missed. Their content is checked by the classifier itself when it first reads
// them, and by its tests (every file parses, every sample classifies back to its entry).

func fail(_ path: String, _ message: String) -> Never {
    FileHandle.standardError.write(Data("\(path):1: error: \(message)\n".utf8))
    exit(1)
}

/// The shortest run of `#` that no `"` or `\` in `text` is followed by, so a raw string literal delimited
/// by it can neither end early nor see an escape inside the JSON.
func rawDelimiter(for text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return hashes
}

/// A Swift expression whose value is exactly `text`: a raw multi-line literal, or the bytes when the text
/// holds what such a literal cannot (CR, control characters).
func literal(_ text: String) -> String {
    let plain = text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }
    guard plain else {
        return "String(decoding: [\(text.utf8.map { String($0) }.joined(separator: ", "))] as [UInt8], as: UTF8.self)"
    }
    let hashes = rawDelimiter(for: text)
    if !text.contains("\n") { return "\(hashes)\"\(text)\"\(hashes)" }
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: EmbedCatalogsTool OUTPUT.swift FOLDER\n".utf8))
    exit(64)
}
let (outputPath, folder) = (arguments[0], arguments[1])
guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { fail(folder, "cannot list the folder") }
var swift = """
    // Generated from catalogs/*.json at build time by EmbedCatalogsTool. Do not edit.
    enum EmbeddedCatalogs {
        /// Every built-in catalog: its file name, and its text exactly as in the file.
        static let files: [(name: String, text: String)] = [

    """
for name in names.filter({ $0.hasSuffix(".json") && !$0.hasPrefix(".") }).sorted() {
    let path = folder + "/" + name
    guard let data = FileManager.default.contents(atPath: path) else { fail(path, "cannot read the file") }
    guard let text = String(data: data, encoding: .utf8) else { fail(path, "the file is not UTF-8 text") }
    swift += "        (\(literal(name)), \(literal(text))),\n"
}
swift += "    ]\n}\n"
do {
    try swift.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
    fail(outputPath, "cannot write the generated file: \(error.localizedDescription)")
}

import ArgumentParser
import FaultlineClassifier
import Foundation

/// `--catalog`, shared by the commands that classify or list codes: a user's catalog files on top of the
/// five built-in ones.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("catalog"), help: ArgumentHelp("A catalog file that adds a provider or overrides entries (repeatable; README: \"Adding a provider\"). Files in a catalogs folder beside the store are read too.", valueName: "file"))
    var files: [String] = []

    /// The catalogs to classify with: the built-in ones, then `catalogs/*.json` in the store's folder (by
    /// name), then each `--catalog` file in the order given; a later entry for the same code replaces an
    /// earlier one.
    func index(store: String?) throws -> CatalogIndex {
        var paths: [String] = []
        if let store {
            let folder = (store as NSString).deletingLastPathComponent
            let beside = folder.isEmpty ? "catalogs" : folder + "/catalogs"
            if let names = try? FileManager.default.contentsOfDirectory(atPath: beside) {
                paths += names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { beside + "/" + $0 }
            }
        }
        paths += files
        let read = try paths.map { path -> CatalogFile in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError(
                    message: "cannot read the catalog file \(path): no such file or not readable\n  help: give the path of a catalog JSON file (README: \"Adding a provider\")",
                    code: UserError.noInput)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError(message: "\(path) is not UTF-8 text\n  --> \(path):1\n  = help: save the catalog as UTF-8 JSON", code: UserError.dataError)
            }
            return try CatalogFile(text: text, file: path)
        }
        let index = CatalogIndex.builtIn.adding(read)
        // A sample that does not classify back to its entry means faultline would not recognise the
        // provider's bodies: say so now, not after a night of logs.
        for file in read {
            if let error = index.checkSamples(of: file) { throw error }
        }
        return index
    }
}

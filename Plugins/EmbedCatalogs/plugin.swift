import Foundation
import PackagePlugin

/// Compiles every `catalogs/*.json` file into the FaultlineClassifier module, so a copied binary (or a
/// program embedding the library) keeps the five providers' catalogs.
///
/// Like `EmbedQueries`: the folder and each file are inputs, so editing or adding a catalog rebuilds the
/// module; after deleting or renaming one, `touch Package.swift` re-plans the build.
@main
struct EmbedCatalogs: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let catalogs = context.package.directoryURL.appending(path: "catalogs")
        let files = ((try? FileManager.default.contentsOfDirectory(at: catalogs, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCatalogs.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) provider catalogs",
                executable: try context.tool(named: "EmbedCatalogsTool").url,
                arguments: [output.path, catalogs.path],
                inputFiles: [catalogs] + files,
                outputFiles: [output]
            )
        ]
    }
}

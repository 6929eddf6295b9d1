import Foundation
import PackagePlugin

/// Compiles every `queries/*.sql` file into the FaultlineReports module, so a copied binary keeps its reports.
///
/// Resource bundles beside the binary do not survive copying it on Linux, hence source code. The `.sql`
/// files are the command's inputs, so editing one rebuilds the module; the folder is read on every build,
/// so added and removed files are picked up too.
@main
struct EmbedQueries: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let queries = context.package.directoryURL.appending(path: "queries")
        let files = ((try? FileManager.default.contentsOfDirectory(at: queries, includingPropertiesForKeys: nil)) ?? [])
            // Hidden files are editor leftovers (`.#top-errors.sql`), not reports.
            .filter { $0.pathExtension == "sql" && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedQueries.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) report queries",
                executable: try context.tool(named: "EmbedQueriesTool").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}

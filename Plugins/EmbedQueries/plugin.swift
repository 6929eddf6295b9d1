import Foundation
import PackagePlugin

/// Compiles every `queries/*.sql` file into the FaultlineReports module, so a copied binary keeps its reports.
///
/// Resource bundles beside the binary do not survive copying it on Linux, hence source code.
///
/// The tool reads the folder itself when it runs, and both the folder and each `.sql` file are inputs:
/// editing a query or adding one rebuilds the module. SwiftPM only asks this plugin again for its input
/// list when it re-plans the package, so after deleting or renaming a query an incremental build stops
/// with "missing inputs: queries/OLD.sql"; `touch Package.swift` (or a clean build) re-plans it.
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
                arguments: [output.path, queries.path],
                inputFiles: [queries] + files,
                outputFiles: [output]
            )
        ]
    }
}

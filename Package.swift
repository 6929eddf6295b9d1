// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "faultline",
    platforms: [.macOS(.v13)],
    products: [
        // The classifier alone: no SQLite, no CLI, no I/O. Other Swift programs embed this.
        .library(name: "FaultlineClassifier", targets: ["FaultlineClassifier"]),
        .executable(name: "faultline", targets: ["faultline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CIsal",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"])]
        ),
        // Tests only: they make their gzip files with zlib, the encoder most log shippers use, so the
        // ISA-L decoder is checked against an independent implementation.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The five providers' catalogs are catalogs/*.json, compiled in as text by EmbedCatalogs.
        .executableTarget(name: "EmbedCatalogsTool"),
        .plugin(name: "EmbedCatalogs", capability: .buildTool(), dependencies: ["EmbedCatalogsTool"]),
        .target(name: "FaultlineClassifier", plugins: ["EmbedCatalogs"]),
        .target(name: "FaultlineTime"),
        .target(name: "FaultlineInput", dependencies: ["CIsal"]),
        .target(name: "FaultlineStore", dependencies: ["CSQLite", "FaultlineTime"]),
        .target(
            name: "FaultlineIngest",
            dependencies: ["FaultlineClassifier", "FaultlineInput", "FaultlineStore", "FaultlineTime"]
        ),
        .executableTarget(name: "EmbedQueriesTool"),
        .plugin(name: "EmbedQueries", capability: .buildTool(), dependencies: ["EmbedQueriesTool"]),
        .target(
            name: "FaultlineReports",
            dependencies: ["FaultlineClassifier", "FaultlineStore", "FaultlineTime"],
            plugins: ["EmbedQueries"]
        ),
        .executableTarget(
            name: "faultline",
            dependencies: [
                "FaultlineClassifier", "FaultlineStore", "FaultlineIngest", "FaultlineReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "FaultlineClassifierTests", dependencies: ["FaultlineClassifier"]),
        .testTarget(name: "FaultlineTimeTests", dependencies: ["FaultlineTime"]),
        .testTarget(name: "FaultlineInputTests", dependencies: ["FaultlineInput", "CZlib"]),
        .testTarget(name: "FaultlineStoreTests", dependencies: ["FaultlineStore", "FaultlineTime", "CSQLite"]),
        .testTarget(name: "FaultlineIngestTests", dependencies: ["FaultlineIngest", "FaultlineStore", "CSQLite"]),
        .testTarget(
            name: "FaultlineReportsTests",
            dependencies: ["FaultlineReports", "FaultlineIngest", .product(name: "SwiftCSV", package: "SwiftCSV")]
        ),
        .testTarget(name: "FaultlineCLITests", dependencies: ["faultline", "CSQLite"], exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

/// The five providers' built-in catalogs: `catalogs/<provider>.json`, compiled into the binary as text by
/// the `EmbedCatalogs` build plugin and read by `CatalogFile` the first time they are needed.
public enum ProviderCatalog {
    /// The built-in catalog files, in the order of `Provider.known`.
    public static let files: [CatalogFile] = {
        let read = EmbeddedCatalogs.files.map { file -> CatalogFile in
            do {
                return try CatalogFile(text: file.text, file: "catalogs/" + file.name)
            } catch {
                // The tests read every built-in file; a broken one cannot ship.
                fatalError("built-in catalog \(error)")
            }
        }
        return read.sorted { (Provider.known.firstIndex(of: $0.provider) ?? 99) < (Provider.known.firstIndex(of: $1.provider) ?? 99) }
    }()

    /// Every entry of every built-in provider, in document order.
    public static let all: [CatalogEntry] = files.flatMap(\.entries)

    static let flint = entries(of: .flint)
    static let stablegenius = entries(of: .stablegenius)
    static let cashier = entries(of: .cashier)
    static let flexiti = entries(of: .flexiti)
    static let synaptopay = entries(of: .synaptopay)

    static func entries(of provider: Provider) -> [CatalogEntry] { all.filter { $0.provider == provider } }
}

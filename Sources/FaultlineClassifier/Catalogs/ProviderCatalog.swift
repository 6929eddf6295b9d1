/// The five providers' catalogs, compiled into the binary (one data file per provider beside this one).
public enum ProviderCatalog {
    /// Every entry of every provider, in document order.
    public static let all: [CatalogEntry] = flint + stablegenius + cashier + flexiti + synaptopay
}

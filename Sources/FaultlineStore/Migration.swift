/// One named step of the store's schema, applied once, in order, inside its own transaction.
///
/// A migration is never edited after it ships: stores in the field have already run it and will not run
/// it again, so an edit would make their schema differ from a new store's. Fix or extend the schema with
/// a new migration appended to `all`.
struct Migration: Sendable {
    let name: String
    let sql: String

    /// Every migration this faultline knows, in the order they are applied.
    /// `PRAGMA user_version` of a store equals the number of these it has applied.
    static let all: [Migration] = [
        Migration(name: "001_initial_schema", sql: InitialSchema.sql),
        Migration(name: "002_open_last_line", sql: """
            -- Where the last line counted starts when it had no newline yet (the file may still be written);
            -- NULL when the last line counted was complete. Lets a grown file's cut line be read again whole.
            ALTER TABLE sources ADD COLUMN open_line_offset INTEGER;
            """),
        Migration(name: "003_retries_fingerprints_rollups", sql: RetriesAndRollupsSchema.sql),
        Migration(name: "004_hourly_event_index", sql: HourlyEventIndexSchema.sql),
        Migration(name: "005_compact_store", sql: CompactStoreSchema.sql),
        Migration(name: "020_error_kinds_by_code", sql: """
            -- A new kind is looked up by provider and code before it is inserted; without an index each lookup
            -- scanned every kind, so ingest time grew with the square of the distinct codes.
            CREATE INDEX error_kinds_provider_code ON error_kinds(provider, code);
            """),
        Migration(name: "020_source_tail", sql: """
            -- A hash of the bytes just before tail_offset (see FileRangeHash), noted when a plain file has been
            -- read: a file that only grew still has them, one rewritten in place does not, and is read again.
            ALTER TABLE sources ADD COLUMN tail_offset INTEGER;
            ALTER TABLE sources ADD COLUMN tail_hash TEXT;
            """),
    ]
}

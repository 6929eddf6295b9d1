extension LineChunker {
    /// Sizes that bound memory and set the batch size.
    public struct Options: Sendable {
        /// Target bytes of lines per chunk. Large enough that per-chunk costs vanish,
        /// small enough that several chunks in flight stay cheap. Minimum 16.
        public var chunkBytes: Int
        /// Lines longer than this are not kept whole (a runaway line must not take
        /// the process's memory); they are delivered as `isOverlong` with an excerpt.
        public var maxLineBytes: Int
        /// Leading bytes kept of an overlong line, for the rejects ledger.
        public var excerptBytes: Int

        public init(chunkBytes: Int = 4 << 20, maxLineBytes: Int = 8 << 20, excerptBytes: Int = 256) {
            self.chunkBytes = max(chunkBytes, 16)
            self.maxLineBytes = max(maxLineBytes, 1)
            self.excerptBytes = max(excerptBytes, 0)
        }
    }
}

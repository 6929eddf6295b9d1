import Dispatch
import FaultlineStore
#if canImport(Glibc)
import Glibc
#endif

/// Stops a long query on Ctrl-C or at `--timeout`, and words the outcome.
///
/// SQLite runs the query on this thread, deep in C, where a default SIGINT would kill the process without a word;
/// instead SIGINT is taken on a queue of its own and interrupts the statement, which then fails with SQLITE_INTERRUPT
/// and is reported here. A second Ctrl-C ends the process at once.
final class QueryStop: @unchecked Sendable {
    static let interruptedStatus: Int32 = 130
    static let timedOutStatus: Int32 = 124

    private let timeout: Double?
    private var signalSource: DispatchSourceSignal?
    private var interrupted = false
    private let lock = NSLockLike()

    init(store: Store, timeout: Double?) {
        self.timeout = timeout
        if let timeout { store.stopQueries(after: .milliseconds(Int64((timeout * 1000).rounded()))) }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "faultline.sigint"))
        source.setEventHandler { [weak self, store] in
            guard let self else { return }
            if self.lock.withLock({ let again = self.interrupted; self.interrupted = true; return again }) {
                _exit(Self.interruptedStatus)
            }
            store.interrupt()
        }
        source.resume()
        signalSource = source
    }

    deinit { signalSource?.cancel() }

    /// The message and exit status for a query that SQLite stopped, or nil when `error` is something else.
    func explain(_ error: Error) -> CLIError? {
        guard let error = error as? StoreError, error.reason == .interrupted else { return nil }
        if lock.withLock({ interrupted }) {
            return CLIError(message: "the query was interrupted (Ctrl-C); nothing was changed", code: Self.interruptedStatus)
        }
        let limit = timeout.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "?"
        return CLIError(
            message: "the query ran longer than --timeout \(limit) s and was stopped; nothing was changed\n"
                + "  help: narrow it (--since, --until, --provider), or give it more time with a larger --timeout",
            code: Self.timedOutStatus)
    }
}

/// A mutex without Foundation's NSLock, for the signal queue and the main thread.
private final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

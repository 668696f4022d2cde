import Foundation

extension Libical {
    /// Serialises every use of libical in this process.
    ///
    /// libical 3.0.16 is not safe to share across threads (calendar-rules.md P7): serialising GEO
    /// switches the process-wide locale with `setlocale`, and lazily built zones are shared.
    /// Callers (and Swift Testing, which runs tests in parallel) may render from many tasks, so
    /// the writer and reader each hold this lock for the whole of one call.
    private static let lock = NSLock()

    /// Runs `body` while holding the libical lock.
    static func exclusively<T>(_ body: () throws(CalendarError) -> T) throws(CalendarError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

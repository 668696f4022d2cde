import CLibical
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

    /// How many threads may each build and serialise calendars of their own at once; call only
    /// while holding the lock, which keeps every other libical user out meanwhile.
    ///
    /// One, unless the process's numeric locale is "C" (or "POSIX"), as it is unless some code
    /// called `setlocale`. Then GEO's `setlocale(LC_NUMERIC, "C")` and its restoring call change
    /// nothing, which glibc does under its own lock, so threads cannot see each other's locale
    /// (calendar-rules.md P7). libical's ring buffers and `icalerrno` are per thread, and each
    /// thread has its own components. The UTC zone (built on first use) is made here first, on
    /// one thread.
    static func writerThreads(jobs: Int) -> Int {
        guard jobs > 1, threadsAllowed(numericLocale: string(setlocale(LC_NUMERIC, nil))) else { return 1 }
        _ = icaltimezone_get_utc_timezone()
        return min(jobs, ParallelJobs.processors)
    }

    /// Whether GEO's locale switch is a no-op: the numeric locale is "C" or "POSIX".
    static func threadsAllowed(numericLocale: String?) -> Bool {
        numericLocale == "C" || numericLocale == "POSIX"
    }
}

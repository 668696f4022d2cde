import Dispatch
import Foundation

/// Runs independent jobs on a few threads and returns their results in input order.
enum ParallelJobs {
    /// The processors this process may use: the thread count for work that touches no C library.
    static var processors: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `body(item)` for every item, on up to `threads` threads, results in the order of `items`.
    ///
    /// The items are dealt out before any thread starts: the largest first (by `size`), each to
    /// the thread with the least work so far, so the split depends on the input alone. With one
    /// thread (or one item) this is a plain loop on the caller's thread.
    ///
    /// - Throws: when jobs fail, the error of the first failing item in input order: the error
    ///   a plain loop over the items would have thrown.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], threads: Int, size: (Item) -> Int,
        _ body: @Sendable (Item) throws(CalendarError) -> Result
    ) throws(CalendarError) -> [Result] {
        let threads = max(1, min(threads, items.count))
        guard threads > 1 else {
            var results: [Result] = []
            results.reserveCapacity(items.count)
            for item in items { results.append(try body(item)) }
            return results
        }
        let shares = deal(items.map(size), threads: threads)
        let outcomes = Outcomes<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var done: [(index: Int, result: Swift.Result<Result, CalendarError>)] = []
            for index in shares[thread] {
                do throws(CalendarError) {
                    done.append((index, .success(try body(items[index]))))
                } catch {
                    done.append((index, .failure(error)))
                    break  // this thread's later items cannot come before this one in input order
                }
            }
            outcomes.store(done)
        }
        return try outcomes.inOrder()
    }

    /// The item indices of each thread: largest first, each to the least loaded thread (ties to
    /// the lower thread), each thread's share in input order.
    static func deal(_ sizes: [Int], threads: Int) -> [[Int]] {
        var shares = Array(repeating: [Int](), count: threads)
        var loads = Array(repeating: 0, count: threads)
        let largestFirst = sizes.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
        for index in largestFirst {
            let thread = loads.indices.min { (loads[$0], $0) < (loads[$1], $1) }!
            shares[thread].append(index)
            loads[thread] += max(sizes[index], 0) + 1
        }
        return shares.map { $0.sorted() }
    }

    /// The results of all threads, gathered under a lock.
    private final class Outcomes<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Swift.Result<Result, CalendarError>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ done: [(index: Int, result: Swift.Result<Result, CalendarError>)]) {
            lock.lock()
            defer { lock.unlock() }
            for (index, result) in done { slots[index] = result }
        }

        /// Every result in input order, or the first failure (input order); items after a
        /// failure on the same thread were never run and are skipped over by that failure.
        func inOrder() throws(CalendarError) -> [Result] {
            lock.lock()
            defer { lock.unlock() }
            var results: [Result] = []
            results.reserveCapacity(slots.count)
            for slot in slots {
                switch slot {
                case .success(let result)?: results.append(result)
                case .failure(let error)?: throw error
                case nil: continue  // only after a failure that comes earlier in input order
                }
            }
            return results
        }
    }
}

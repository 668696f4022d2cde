import Testing

@testable import ForumCalendar

/// The thread pool behind calendar rendering: input order, a fixed split, the first error.
@Suite("Calendar writer: parallel jobs")
struct ParallelJobsTests {
    @Test("results come back in input order, whatever the thread count", arguments: [1, 2, 3, 8])
    func inputOrder(threads: Int) throws {
        let items = Array(0..<500)
        let results = try ParallelJobs.map(items, threads: threads, size: { $0 % 7 }) { $0 * $0 }
        #expect(results == items.map { $0 * $0 })
    }

    @Test("no items give no results")
    func empty() throws {
        #expect(try ParallelJobs.map([Int](), threads: 4, size: { $0 }) { $0 }.isEmpty)
    }

    @Test("the split deals the largest items first to the least loaded thread, the same every time")
    func deal() {
        let sizes = [1, 100, 2, 3, 50, 49, 1]
        let shares = ParallelJobs.deal(sizes, threads: 2)
        #expect(shares == ParallelJobs.deal(sizes, threads: 2))
        #expect(shares.flatMap { $0 }.sorted() == Array(sizes.indices))
        #expect(shares.allSatisfy { $0 == $0.sorted() })
        let loads = shares.map { $0.reduce(0) { $0 + sizes[$1] } }
        #expect(loads.sorted() == [102, 104])  // 100+1+1 and 50+49+3+2
        #expect(ParallelJobs.deal([5, 5], threads: 3) == [[0], [1], []])
    }

    @Test("a failure throws the error of the first failing item in input order", arguments: [1, 2, 4])
    func firstError(threads: Int) {
        let failing: Set<Int> = [37, 12, 400]
        #expect(throws: CalendarError.emptyField(uid: "12", field: "x")) {
            try ParallelJobs.map(Array(0..<500), threads: threads, size: { 500 - $0 }) {
                (item) throws(CalendarError) -> Int in
                if failing.contains(item) { throw .emptyField(uid: String(item), field: "x") }
                return item
            }
        }
    }

    @Test("libical gets threads only when GEO's switch to the C numeric locale changes nothing")
    func localeGate() {
        #expect(Libical.threadsAllowed(numericLocale: "C"))
        #expect(Libical.threadsAllowed(numericLocale: "POSIX"))
        #expect(!Libical.threadsAllowed(numericLocale: "de_DE.UTF-8"))
        #expect(!Libical.threadsAllowed(numericLocale: nil))
        #expect(Libical.writerThreads(jobs: 1) == 1)
    }
}

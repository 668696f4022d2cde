import Foundation

/// Timing, memory and table helpers for the calendar and claims measurements.
public enum BenchTable {
    /// Runs `body` and returns its result with the wall time and the process's CPU time, in milliseconds.
    ///
    /// On a busy machine the wall time also counts waiting for a CPU; the CPU time does not.
    public static func timed<T>(_ body: () throws -> T) rethrows -> (value: T, ms: Double, cpuMs: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = cpuMilliseconds()
        let value = try body()
        let cpu = cpuMilliseconds() - cpuStart
        let elapsed = clock.now - start
        return (value, Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15, cpu)
    }

    /// CPU time used by the process so far (user and system), in milliseconds.
    public static func cpuMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    public static func ms(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Resets the process's peak resident memory (VmHWM) to its current size, so the next reading
    /// is the peak of one measurement (Linux: `5` written to /proc/self/clear_refs). Elsewhere the
    /// peak stays the process's.
    public static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// The peak memory since the last reset, in MB, as table text.
    public static func peak() -> String { peakMegabytes().map { String(format: "%.1f", $0) } ?? "n/a" }

    /// The process's peak resident memory (VmHWM in /proc/self/status), in MB; nil where there is no /proc.
    public static func peakMegabytes() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst(6).filter(\.isNumber)
            if let kB = Double(String(digits)) { return kB / 1024 }
        }
        return nil
    }

    /// A plain-text table: first column left-aligned, the rest right-aligned.
    public static func render(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

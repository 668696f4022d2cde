import CFileSwap
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The file-system steps a publication takes, one method each, so that tests can make any one of
/// them fail. `PosixFileOperations` is the real thing.
public protocol FileOperations: Sendable {
    /// Creates the folder `path` (its parent exists).
    func makeFolder(_ path: String) throws(BookError)
    /// Writes `contents` to a new file at `path` and flushes it to disk (fsync) before closing.
    func writeFile(_ path: String, contents: String) throws(BookError)
    /// Flushes a folder's entries to disk (fsync on the folder).
    func syncFolder(_ path: String) throws(BookError)
    /// Swaps two existing paths in one atomic step.
    func exchange(_ first: String, _ second: String) throws(BookError)
    /// Renames `from` to `to` (which must not exist as a non-empty folder).
    func rename(_ from: String, to: String) throws(BookError)
    /// Removes a file or a folder and everything in it.
    func remove(_ path: String) throws(BookError)
}

/// The real file operations: POSIX calls and Linux `renameat2(RENAME_EXCHANGE)`.
public struct PosixFileOperations: FileOperations {
    public init() {}

    public func makeFolder(_ path: String) throws(BookError) {
        guard mkdir(path, 0o755) == 0 else { throw .cannotWrite(path: path, reason: Self.lastError()) }
    }

    public func writeFile(_ path: String, contents: String) throws(BookError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: Self.lastError()) }
        defer { close(fd) }
        let bytes = Array(contents.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw .cannotWrite(path: path, reason: Self.lastError()) }
            written += n
        }
        guard fsync(fd) == 0 else { throw .cannotWrite(path: path, reason: Self.lastError()) }
    }

    public func syncFolder(_ path: String) throws(BookError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: Self.lastError()) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .cannotWrite(path: path, reason: Self.lastError()) }
    }

    public func exchange(_ first: String, _ second: String) throws(BookError) {
        guard fp_exchange_paths(first, second) == 0 else {
            throw .cannotWrite(path: second, reason: "cannot swap in \(first): \(Self.lastError())")
        }
    }

    public func rename(_ from: String, to: String) throws(BookError) {
        guard Glibc.rename(from, to) == 0 else { throw .cannotWrite(path: to, reason: "cannot rename \(from): \(Self.lastError())") }
    }

    public func remove(_ path: String) throws(BookError) {
        do { try FileManager.default.removeItem(atPath: path) } catch {
            throw .cannotWrite(path: path, reason: "cannot remove it: \(error.localizedDescription)")
        }
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

import Foundation

/// A folder of public files replaced as a whole: the new set is written to a sibling folder,
/// every file and the folder flushed to disk, then swapped with the old folder in one atomic step
/// (`renameat2` with `RENAME_EXCHANGE`; a plain rename when there is no old folder). A reader sees
/// the old set or the new one, never a mix; a failure before the swap leaves the old set as it
/// was; a sibling left by a killed run is removed by the next run.
public struct FileSet: Sendable {
    /// The folder readers use, e.g. `Calendars`.
    public let folder: String
    public let operations: any FileOperations

    public init(folder: String, operations: any FileOperations = PosixFileOperations()) {
        self.folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        self.operations = operations
    }

    /// The sibling folder a run with process id `pid` writes into: `.<name>.new-<pid>` beside the folder.
    func staging(pid: Int32) -> String {
        let url = URL(fileURLWithPath: folder)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).new-\(pid)").path
    }

    /// Siblings left by earlier runs that were killed before they finished.
    public func staleSiblings() -> [String] {
        let url = URL(fileURLWithPath: folder)
        let parent = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent).new-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) }.sorted().map { parent.appendingPathComponent($0).path }
    }

    /// Removes the siblings left by killed runs; one that cannot be removed is left for the next run.
    public func removeStaleSiblings() {
        for stale in staleSiblings() { try? operations.remove(stale) }
    }

    /// Undoes a run killed between its swap and its book's commit: the folder then holds a set the
    /// book never recorded, and a sibling the set it did (`recorded`, the plan.json of the book's
    /// latest version). Swaps them back and says whether it did; anything else is left alone.
    ///
    /// - Throws: `BookError.cannotWrite` when the swap fails.
    public func restoreInterrupted(recorded: String?) throws(BookError) -> Bool {
        guard let recorded, (try? String(contentsOfFile: folder + "/plan.json", encoding: .utf8)) != recorded else { return false }
        for sibling in staleSiblings() where (try? String(contentsOfFile: sibling + "/plan.json", encoding: .utf8)) == recorded {
            try operations.exchange(sibling, folder)
            return true
        }
        return false
    }

    /// A set written and flushed beside the folder, ready to swap in.
    public struct Staged: Sendable {
        public let path: String
        /// Whether the folder existed, so the swap was (or will be) an exchange rather than a rename.
        let replacing: Bool
    }

    /// Removes stale siblings, then writes every file into a new sibling folder and flushes it.
    ///
    /// - Throws: `BookError.cannotWrite` naming the path; the sibling is removed again.
    public func stage(_ files: [(name: String, contents: String)]) throws(BookError) -> Staged {
        for stale in staleSiblings() { try operations.remove(stale) }
        let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: parent) {
            do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
                throw .cannotWrite(path: parent, reason: "cannot create the folder: \(error.localizedDescription)")
            }
        }
        let path = staging(pid: ProcessInfo.processInfo.processIdentifier)
        try operations.makeFolder(path)
        do throws(BookError) {
            for file in files {
                guard Self.isPlainName(file.name) else { throw BookError.cannotWrite(path: file.name, reason: "not a plain file name") }
                try operations.writeFile(path + "/" + file.name, contents: file.contents)
            }
            try operations.syncFolder(path)
        } catch {
            try? operations.remove(path)
            throw error
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
        if exists && !isFolder.boolValue {
            try? operations.remove(path)
            throw .cannotWrite(path: folder, reason: "it is a file, not a folder")
        }
        if exists, let foreign = foreignEntries().first {
            try? operations.remove(path)
            throw .cannotWrite(
                path: folder,
                reason: "it holds \(foreign), which is not a published file; the whole folder is replaced, so name an empty folder or one that forum-planner wrote")
        }
        return Staged(path: path, replacing: exists)
    }

    /// Swaps the staged set in: afterwards the folder holds the new set and the staged path the old one.
    ///
    /// - Throws: `BookError.cannotWrite`; the folder is then as it was.
    public func swap(_ staged: Staged) throws(BookError) {
        if staged.replacing {
            try operations.exchange(staged.path, folder)
        } else {
            try operations.rename(staged.path, to: folder)
        }
        try? operations.syncFolder(URL(fileURLWithPath: folder).deletingLastPathComponent().path)
    }

    /// Puts the old set back after a swap (when what follows the swap failed).
    ///
    /// - Throws: `BookError.cannotWrite` when even that fails.
    public func undo(_ staged: Staged) throws(BookError) {
        if staged.replacing {
            try operations.exchange(staged.path, folder)
        } else {
            try operations.rename(folder, to: staged.path)
        }
        try? operations.remove(staged.path)
    }

    /// Removes the old set (now at the staged path) or an unused staged set. A failure is left for
    /// the next run's clean-up.
    public func discard(_ staged: Staged) {
        try? operations.remove(staged.path)
    }

    /// Writes the set in one go: stage, swap, discard the old set.
    ///
    /// - Throws: `BookError.cannotWrite`; the folder is then as it was.
    public func replace(with files: [(name: String, contents: String)]) throws(BookError) {
        let staged = try stage(files)
        do { try swap(staged) } catch {
            discard(staged)
            throw error
        }
        discard(staged)
    }

    /// Endings of the files a public set holds; a folder holding anything else is never replaced.
    public static let publicEndings = [".ics", ".json", ".txt", ".html", ".css", ".svg"]

    /// Entries of the folder that a public set would not hold (subfolders, other files), sorted.
    func foreignEntries() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
            return isFolder.boolValue || !Self.publicEndings.contains { name.hasSuffix($0) }
        }
    }

    /// A name with no folder part, not hidden.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") && !name.contains("\0")
    }
}

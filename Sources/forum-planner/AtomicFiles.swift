import Foundation

/// Writes files so that a reader never sees a half-written one and a failure leaves nothing behind.
enum AtomicFiles {
    /// Writes every file into `directory` (created if missing): each goes to a temporary file
    /// beside its target first, and all are renamed into place only once every one is written.
    static func write(_ files: [(name: String, contents: String)], into directory: String) throws {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotWrite("Cannot create the folder \(directory): \(error.localizedDescription)")
        }
        var temporaries: [(String, String)] = []
        defer { for (tmp, _) in temporaries where fm.fileExists(atPath: tmp) { try? fm.removeItem(atPath: tmp) } }
        for file in files {
            let target = (directory as NSString).appendingPathComponent(file.name)
            let tmp = (directory as NSString).appendingPathComponent(".\(file.name).tmp-\(ProcessInfo.processInfo.processIdentifier)")
            guard fm.createFile(atPath: tmp, contents: Data(file.contents.utf8)) else {
                throw Failure.cannotWrite("Cannot write \(target)")
            }
            temporaries.append((tmp, target))
        }
        for (tmp, target) in temporaries {
            if rename(tmp, target) != 0 { throw Failure.cannotWrite("Cannot move \(tmp) to \(target)") }
        }
    }
}

import ArgumentParser
import Foundation

/// Checks a path given on the command line before anything is read or written, so that an empty
/// path, or a folder where a file is expected (or a file where a folder is), is a usage error
/// (exit 64) naming the option. A file that does not exist is for the reader to report (exit 65).
enum PathValidation {
    /// What the option's path must be.
    enum Kind {
        /// A file that is read.
        case inputFile
        /// A file that is written (it need not exist yet).
        case outputFile
        /// A folder that is written into (it need not exist yet).
        case folder
    }

    /// Throws a `ValidationError` when `path` cannot be what `kind` asks for; nil passes.
    static func check(_ path: String?, option: String, kind: Kind) throws {
        guard let path else { return }
        let wanted = kind == .folder ? "a folder" : "a file"
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("\(option) is empty (expected the path of \(wanted))")
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        switch kind {
        case .inputFile, .outputFile:
            if (exists && isFolder.boolValue) || path.hasSuffix("/") {
                throw ValidationError("\(option): \(path) is a folder (expected the path of a file)")
            }
        case .folder:
            if exists && !isFolder.boolValue {
                throw ValidationError("\(option): \(path) is a file (expected the path of a folder)")
            }
        }
    }
}

import Foundation
import PackagePlugin

/// Build-tool plugin: turns the files in a target's `Templates/` folder into one Swift source file,
/// `EmbeddedTemplates.swift`, holding each file's text, so that the built tool carries its page
/// templates and never looks for resource files at run time.
///
/// The files stay ordinary files in the repository, edited as text; every build that sees a
/// changed file rewrites the Swift source.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))
            .filter { !$0.hasPrefix(".") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) templates of \(target.name)",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [output.path(percentEncoded: false)] + inputs.map { $0.path(percentEncoded: false) },
                inputFiles: inputs + [folder],
                outputFiles: [output])
        ]
    }
}

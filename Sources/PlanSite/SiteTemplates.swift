import Mustache

/// The templates and the stylesheet, as built into the tool from `Sources/PlanSite/Templates`.
struct SiteTemplates {
    let mustache: MustacheLibrary
    let files: [String: String]

    /// The built-in templates, with `replacing`'s texts in place of those of the same file name.
    ///
    /// - Throws: `SiteError.unknownTemplate` for a replacement that is not a built-in file name;
    ///   `SiteError.badTemplate` naming the file, line and column of a template that does not parse.
    static func library(replacing: [String: String]) throws(SiteError) -> SiteTemplates {
        for name in replacing.keys.sorted() where EmbeddedTemplates.files[name] == nil {
            throw .unknownTemplate(name, known: PlanSite.templateNames)
        }
        let files = EmbeddedTemplates.files.merging(replacing) { _, replacement in replacement }
        var library = MustacheLibrary()
        for (file, text) in files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
            do {
                library.register(try MustacheTemplate(string: text), named: String(file.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw .badTemplate(
                    file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                    problem: "\(error.error)")
            } catch {
                throw .badTemplate(file: file, line: 0, column: 0, problem: "\(error)")
            }
        }
        return SiteTemplates(mustache: library, files: files)
    }

    /// `view` rendered with the template `<template>.mustache`.
    func render(_ view: Any, template: String) throws(SiteError) -> String {
        guard let text = mustache.render(view, withTemplate: template) else {
            throw .missingTemplate(template + ".mustache")
        }
        return text
    }

    /// A file copied as it is, such as `style.css`.
    func file(_ name: String) throws(SiteError) -> String {
        guard let text = files[name] else { throw .missingTemplate(name) }
        return text
    }
}

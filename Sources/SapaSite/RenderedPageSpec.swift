import SapaModel
import SapaMustache
import SapaSource

/// A page to write: where it goes, which template draws it, and what the template sees.
public struct RenderedPageSpec: Sendable {
    public var page: Routes.Page?
    public var language: Language?
    public var outputPath: String
    public var template: String
    public var object: TemplateObject
}

import SapaModel
import SapaMustache

/// What the templates' compiler and the template set say about `Templates/`: the engine's
/// problems (`TemplateProblem`, English only in SapaMustache) in every language, and the
/// set's own checks.
enum TemplateMessage: String, MessageCatalogue {
    case unclosedTag, badDelimiters, emptyTag, unknownFunction, invalidName
    case strayClose, leftOpen, wrongClose, neverClosed, outsideBlock
    case unknownPartial, unknownParent, tooDeep
    case noTemplatesFolder, duplicateName, missingPage, unknownName

    static let area = "template"

    /// The engine's problem as a message of the tool.
    static func message(_ problem: TemplateProblem) -> ToolMessage {
        switch problem {
        case .unclosedTag(let opening, let closing): ToolMessage(Self.unclosedTag, ["opening": opening, "closing": closing])
        case .badDelimiters: ToolMessage(Self.badDelimiters)
        case .emptyTag: ToolMessage(Self.emptyTag)
        case .unknownFunction(let name): ToolMessage(Self.unknownFunction, ["name": name])
        case .invalidName(let written): ToolMessage(Self.invalidName, ["written": written])
        case .strayClose(let name): ToolMessage(Self.strayClose, ["name": name])
        case .leftOpen(let name, let closing, let line, let column):
            ToolMessage(Self.leftOpen, ["name": name, "closing": closing, "line": line, "column": column])
        case .wrongClose(let closing, let opened, let line, let column):
            ToolMessage(Self.wrongClose, ["closing": closing, "opened": opened, "line": line, "column": column])
        case .neverClosed(let name): ToolMessage(Self.neverClosed, ["name": name])
        case .outsideBlock(let parent): ToolMessage(Self.outsideBlock, ["parent": parent])
        case .unknownPartial(let name): ToolMessage(Self.unknownPartial, ["name": name])
        case .unknownParent(let name): ToolMessage(Self.unknownParent, ["name": name])
        case .tooDeep(let limit): ToolMessage(Self.tooDeep, ["limit": limit])
        }
    }

}

extension TemplateError {
    /// The problem as a message of the tool, to print in the user's language.
    var toolMessage: ToolMessage { TemplateMessage.message(problem) }
}

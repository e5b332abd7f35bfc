import Foundation
import SapaModel

/// What the preview (`sapa serve`) says: in the terminal, on its placeholder page and on the
/// open pages' error panel. Public for the command line's own lines (`serving`, `stopped`,
/// `openHost`).
public enum PreviewMessage: String, MessageCatalogue {
    case changedCause, moreFiles, savedUnchanged, rebuilt, built, changedCount, warningCount, warningCountAsBefore, failed
    case milliseconds, seconds, stepTime, series, checkStep, renderStep, swapStep
    case portInUse, cannotListen, serving, stopped, openHost
    case placeholderTitle, placeholderHeading, placeholderText, notFound, panelTitle, panelClose

    public static let area = "preview"

}

extension PreviewMessage {
    /// "a, b, c": the messages joined with commas.
    static func series(_ items: [ToolMessage]) -> any MessageValue {
        guard let last = items.last else { return "" }
        return items.dropLast().reversed().reduce(last) { rest, first in ToolMessage(PreviewMessage.series, ["first": first, "rest": rest]) }
    }

    /// A step of a build by its name (`PreviewBuild`'s stopwatch), in the user's language.
    static func step(_ name: String) -> any MessageValue {
        switch name {
        case "check": ToolMessage(PreviewMessage.checkStep)
        case "render": ToolMessage(PreviewMessage.renderStep)
        case "swap": ToolMessage(PreviewMessage.swapStep)
        default: name
        }
    }
}

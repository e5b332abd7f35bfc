import Foundation
import Yams

/// The `tool_language` a team set in `Content/site.yml`, read before anything else so that
/// even the messages about site.yml itself are in that language. A file that cannot be read
/// gives nil: the build reports it, in the language chosen without it.
public enum ToolLanguageSetting {
    public static func read(site: URL) -> String? {
        let url = site.appendingPathComponent("Content/site.yml")
        guard let text = try? String(contentsOf: url, encoding: .utf8), let node = try? Yams.compose(yaml: text) else { return nil }
        return node.mapping?["tool_language"]?.string
    }
}

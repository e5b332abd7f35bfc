import Foundation
import SapaBuild
import SapaModel
import SapaSource

/// The language this run speaks, chosen once before the arguments are parsed (the help's own
/// texts depend on it), and the arguments without `--lang`, which any command takes.
enum ToolSpeech {
    static let arguments = Array(CommandLine.arguments.dropFirst())
    static let flag = OptionScan(arguments, name: "--lang")
    static let language: Language = ToolLanguage.choose(
        flag: flag.value, siteSetting: ToolLanguageSetting.read(site: siteFolder), environment: ProcessInfo.processInfo.environment)

    /// The site folder named by `--site`, for its `tool_language`, before parsing.
    static var siteFolder: URL { URL(fileURLWithPath: OptionScan(arguments, name: "--site").value ?? ".", isDirectory: true) }

    static func say(_ key: CommandMessage, _ values: KeyValuePairs<String, any MessageValue> = [:]) -> String {
        ToolMessage(key, values).rendered(in: language)
    }
}

/// One option's value found in the raw arguments (`--name value` or `--name=value`), and the
/// arguments without it.
struct OptionScan {
    var value: String?
    var remaining: [String] = []

    init(_ arguments: [String], name: String) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                remaining += arguments[index...]
                break
            }
            if argument == name, index + 1 < arguments.count {
                value = arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix(name + "=") {
                value = String(argument.dropFirst(name.count + 1))
            } else {
                remaining.append(argument)
            }
            index += 1
        }
    }
}

import ArgumentParser
import Foundation
import Logging
import SapaBuild
import SapaModel
import SapaPreview
import SapaSite
import SapaSource

/// `sapa`: the command line is a thin shell; the work is the library's (SapaBuild).
struct SapaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sapa", abstract: ToolSpeech.say(.rootAbstract), discussion: ToolSpeech.say(.rootDiscussion),
            subcommands: [Build.self, Check.self, Serve.self, NewEdition.self])
    }
}

struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(ToolSpeech.say(.siteHelp)))
    var site: String = "."
    /// Read before parsing (`ToolSpeech`) and taken out of the arguments; declared here so that
    /// every command's help lists it.
    @Option(name: .long, help: ArgumentHelp(ToolSpeech.say(.langHelp), valueName: "kk|ru|en"))
    var lang: String?

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL }
}

/// Exit statuses: 0 built, 1 the content has errors, 2 wrong usage.
enum ExitStatus {
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 2
}

func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description(in: ToolSpeech.language) + "\n").utf8))
    }
}

extension SapaCommand {
    struct Build: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: ToolSpeech.say(.buildAbstract)) }
        @OptionGroup var options: SiteOptions
        @Option(name: .long, help: ArgumentHelp(ToolSpeech.say(.outputHelp))) var output: String?
        @Option(name: .customLong("base-url"), help: ArgumentHelp(ToolSpeech.say(.baseURLHelp))) var baseURL: String?
        @Flag(name: .long, help: ArgumentHelp(ToolSpeech.say(.verboseHelp))) var verbose = false

        func run() throws {
            var logger = Logger(label: "sapa") { StreamLogHandler.standardError(label: $0) }
            logger.logLevel = verbose ? .debug : .warning
            let buildOptions = BuildOptions(
                site: options.siteURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
                baseURL: baseURL, logger: logger)
            switch SiteBuilder.build(buildOptions) {
            case .success(let result):
                report(result.warnings)
                let kib = Double(result.bytes) / 1024
                print(
                    ToolSpeech.say(
                        .built,
                        [
                            "pages": result.pages, "files": result.files, "kib": FixedNumber(kib, digits: 0), "seconds": FixedNumber(result.seconds, digits: 2),
                            "folder": buildOptions.outputFolder.path,
                        ]))
            case .failure(let list):
                report(list.diagnostics)
                FileHandle.standardError.write(Data((ToolSpeech.say(.buildFailed, ["count": list.errors.count]) + "\n").utf8))
                throw ExitCode(ExitStatus.contentErrors)
            }
        }
    }

    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: ToolSpeech.say(.checkAbstract)) }
        @OptionGroup var options: SiteOptions

        func run() throws {
            switch SiteBuilder.check(BuildOptions(site: options.siteURL)) {
            case .success(let checked):
                report(checked.warnings)
                let model = checked.model
                print(
                    ToolSpeech.say(
                        checked.warnings.isEmpty ? .checked : .checkedWithWarnings,
                        ["services": model.services.count, "tables": model.tables.count, "pages": model.pages.count, "warnings": checked.warnings.count]))
                // The process ends here: the system takes the model back at once, instead of
                // freeing a large model value by value.
                fflush(nil)
                withExtendedLifetime(checked) { Foundation.exit(0) }
            case .failure(let list):
                report(list.diagnostics)
                FileHandle.standardError.write(Data((ToolSpeech.say(.checkFailed, ["count": list.errors.count]) + "\n").utf8))
                throw ExitCode(ExitStatus.contentErrors)
            }
        }
    }
}

extension SapaCommand {
    struct NewEdition: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "new-edition", abstract: ToolSpeech.say(.newEditionAbstract), discussion: ToolSpeech.say(.newEditionDiscussion))
        }
        @OptionGroup var options: SiteOptions
        @Argument(help: ArgumentHelp(ToolSpeech.say(.yearHelp))) var year: Int
        @Option(name: .long, help: ArgumentHelp(ToolSpeech.say(.fromHelp))) var from: Int?

        func run() throws {
            switch EditionScaffold.create(site: options.siteURL, year: year, from: from) {
            case .success(let steps):
                print(ToolSpeech.say(.editionCreated, ["year": String(year)]))
                for (number, step) in steps.enumerated() { print("  \(number + 1). \(step.rendered(in: ToolSpeech.language))") }
            case .failure(let list):
                report(list.diagnostics)
                throw ExitCode(ExitStatus.contentErrors)
            }
        }
    }

    struct Serve: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: ToolSpeech.say(.serveAbstract), discussion: ToolSpeech.say(.serveDiscussion))
        }
        @OptionGroup var options: SiteOptions
        @Option(name: .long, help: ArgumentHelp(ToolSpeech.say(.hostHelp)))
        var host: String = "127.0.0.1"
        @Option(name: .long, help: ArgumentHelp(ToolSpeech.say(.portHelp))) var port: Int = 8000
        @Flag(name: .long, help: ArgumentHelp(ToolSpeech.say(.draftsHelp)))
        var drafts = false

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError(ToolSpeech.say(.portOutOfRange)) }
        }

        func run() async throws {
            var settings = PreviewConfiguration(site: options.siteURL, host: host, port: port)
            settings.includeDrafts = drafts
            settings.language = ToolSpeech.language
            let configuration = settings
            if !configuration.isLoopbackOnly {
                FileHandle.standardError.write(
                    Data(("sapa: warning: " + ToolMessage(PreviewMessage.openHost, ["host": host, "port": String(port)]).rendered(in: ToolSpeech.language) + "\n").utf8))
            }
            let server = PreviewServer(configuration: configuration)
            do {
                try await server.run(stopOnSignals: true) { port in
                    let shownHost = host.contains(":") ? "[\(host)]" : host
                    // Unbuffered, like the build reports: the line must show at once, even in a pipe.
                    let address = "http://\(shownHost):\(port)/"
                    let serving = ToolMessage(PreviewMessage.serving, ["site": configuration.site.path, "address": address])
                    FileHandle.standardOutput.write(Data((serving.rendered(in: ToolSpeech.language) + "\n").utf8))
                }
            } catch let error as PreviewError {
                FileHandle.standardError.write(Data(("sapa: " + error.message.rendered(in: ToolSpeech.language) + "\n").utf8))
                throw ExitCode(ExitStatus.cannotServe)
            }
            FileHandle.standardOutput.write(Data((ToolMessage(PreviewMessage.stopped).rendered(in: ToolSpeech.language) + "\n").utf8))
        }
    }
}

/// The preview could not start (the port is in use, the address is wrong).
extension ExitStatus { static let cannotServe: Int32 = 1 }

/// Runs the parsed command: `serve` runs asynchronously, the others do not.
func runCommand(_ command: any ParsableCommand) async throws {
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
    } else {
        var command = command
        try command.run()
    }
}

if let code = ToolSpeech.flag.value, Language(rawValue: code.lowercased()) == nil {
    FileHandle.standardError.write(Data(("sapa: " + ToolSpeech.say(.unknownLanguage, ["code": code]) + "\n").utf8))
    exit(ExitStatus.usage)
}
do {
    try await runCommand(try SapaCommand.parseAsRoot(ToolSpeech.flag.remaining))
} catch let status as ExitCode {
    exit(status.rawValue)
} catch {
    let code = SapaCommand.exitCode(for: error)
    let message = HelpHeading.translate(SapaCommand.fullMessage(for: error), to: ToolSpeech.language)
    if code == .success {
        print(message)
        exit(0)
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(ExitStatus.usage)
}

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
    static let configuration = CommandConfiguration(
        commandName: "sapa",
        abstract: "Builds the public-service quality results site from Content/ and Templates/.",
        subcommands: [Build.self, Check.self, Serve.self, NewEdition.self])
}

struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder, holding Content/ and Templates/.")
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL }
}

/// Exit statuses: 0 built, 1 the content has errors, 2 wrong usage.
enum ExitStatus {
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 2
}

func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}

extension SapaCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build the site into Output/ (replaced whole, only when the build succeeds).")
        @OptionGroup var options: SiteOptions
        @Option(name: .long, help: "Where to write the site (default: SITE/Output).") var output: String?
        @Option(name: .customLong("base-url"), help: "The address the site is published at, e.g. https://example.kz/results/.") var baseURL: String?
        @Flag(name: .long, help: "Print how long each step took.") var verbose = false

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
                print("Built \(result.pages) pages (\(result.files) files, \(String(format: "%.0f", kib)) KiB) in \(String(format: "%.2f", result.seconds)) s into \(buildOptions.outputFolder.path)")
            case .failure(let list):
                report(list.diagnostics)
                FileHandle.standardError.write(Data("sapa: \(list.errors.count) error(s); nothing was written, the previous output is unchanged\n".utf8))
                throw ExitCode(ExitStatus.contentErrors)
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the content and templates as the build does, writing nothing.")
        @OptionGroup var options: SiteOptions

        func run() throws {
            switch SiteBuilder.check(BuildOptions(site: options.siteURL)) {
            case .success(let checked):
                report(checked.warnings)
                print(
                    "No errors: \(checked.model.services.count) services, \(checked.model.tables.count) tables, \(checked.model.pages.count) pages\(checked.warnings.isEmpty ? "" : ", \(checked.warnings.count) warning(s)")"
                )
                // The process ends here: the system takes the model back at once, instead of
                // freeing a large model value by value.
                fflush(nil)
                withExtendedLifetime(checked) { Foundation.exit(0) }
            case .failure(let list):
                report(list.diagnostics)
                FileHandle.standardError.write(Data("sapa: \(list.errors.count) error(s)\n".utf8))
                throw ExitCode(ExitStatus.contentErrors)
            }
        }
    }
}

extension SapaCommand {
    struct NewEdition: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new-edition",
            abstract: "Start next year's edition: Content/YEAR/ as a draft, with every spreadsheet's header row.",
            discussion:
                "With --from, the rows of that edition's services, bodies and regions come along with their figures left empty, and its service texts with their facts and no findings. A draft is checked but left out of the built site; sapa serve --drafts shows it."
        )
        @OptionGroup var options: SiteOptions
        @Argument(help: "The edition's year, like 2021.") var year: Int
        @Option(name: .long, help: "The edition to take the services, bodies and regions from, like 2020.") var from: Int?

        func run() throws {
            switch EditionScaffold.create(site: options.siteURL, year: year, from: from) {
            case .success(let steps):
                print("Created Content/\(year)/ as a draft. Fill in, in this order:")
                for (number, step) in steps.enumerated() { print("  \(number + 1). \(step)") }
            case .failure(let list):
                report(list.diagnostics)
                throw ExitCode(ExitStatus.contentErrors)
            }
        }
    }

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site, serve it for preview and rebuild it on every change; open pages reload by themselves.",
            discussion: "Nothing is written to Output/. Errors print here and show on the open pages until fixed. Ctrl-C stops.")
        @OptionGroup var options: SiteOptions
        @Option(name: .long, help: "The address to listen on; anything but 127.0.0.1 or localhost lets others on the network see the preview.")
        var host: String = "127.0.0.1"
        @Option(name: .long, help: "The port to listen on (0: any free port).") var port: Int = 8000
        @Flag(name: .long, help: "Show the latest edition even if its edition.yml says `draft: true` (a build leaves drafts out).")
        var drafts = false

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        }

        func run() async throws {
            var settings = PreviewConfiguration(site: options.siteURL, host: host, port: port)
            settings.includeDrafts = drafts
            let configuration = settings
            if !configuration.isLoopbackOnly {
                FileHandle.standardError.write(
                    Data("sapa: warning: listening on \(host): anyone who can reach this machine on port \(port) can see the preview; use --host 127.0.0.1 to keep it to this machine\n".utf8))
            }
            let server = PreviewServer(configuration: configuration)
            do {
                try await server.run(stopOnSignals: true) { port in
                    let shownHost = host.contains(":") ? "[\(host)]" : host
                    // Unbuffered, like the build reports: the line must show at once, even in a pipe.
                    FileHandle.standardOutput.write(Data("Serving \(configuration.site.path) at http://\(shownHost):\(port)/ (Ctrl-C to stop)\n".utf8))
                }
            } catch let error as PreviewError {
                FileHandle.standardError.write(Data("sapa: \(error)\n".utf8))
                throw ExitCode(ExitStatus.cannotServe)
            }
            FileHandle.standardOutput.write(Data("Stopped.\n".utf8))
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

do {
    try await runCommand(try SapaCommand.parseAsRoot())
} catch let status as ExitCode {
    exit(status.rawValue)
} catch {
    let code = SapaCommand.exitCode(for: error)
    let message = SapaCommand.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(ExitStatus.usage)
}

import Foundation
import Logging
import SapaModel

/// What to build and where.
public struct BuildOptions: Sendable {
    public var site: URL
    public var output: URL?
    public var baseURL: String?
    /// Show the latest edition even if it is a draft (`sapa serve --drafts`).
    public var includeDrafts: Bool
    /// Where the steps report how long they took (at `debug` level).
    public var logger: Logger

    public init(site: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false, logger: Logger = Logger(label: "sapa")) {
        self.site = site
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.logger = logger
    }

    public var outputFolder: URL { output ?? site.appendingPathComponent("Output") }
}

/// The figures of a finished build.
public struct BuildReport: Sendable {
    public var pages: Int
    public var files: Int
    public var bytes: Int
    public var seconds: Double
    public var warnings: [Diagnostic]
}

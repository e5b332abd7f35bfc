import Hummingbird
import SapaBuild
import SapaModel
import SapaSite
import SapaSource

/// Answers every request of the preview from the current snapshot. Only GET and HEAD; only the
/// files of the last good build, the reload script and the event stream; everything else 404.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let state: PreviewState

    func respond(to request: Request, context: Context) async throws -> Response {
        let isHead = request.method == .head
        guard request.method == .get || isHead else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD", .cacheControl: "no-cache", .contentLength: "0"])
        }
        let snapshot = state.snapshot
        let rawPath = request.uri.path
        switch RequestPath.resolve(rawPath, basePath: snapshot.basePath) {
        case .preview("live-reload.js"):
            return respond(with: Self.script, status: .ok, isHead: isHead)
        case .preview("events"):
            return events(request, isHead: isHead)
        case .preview, .refused:
            if rawPath == "/" && snapshot.basePath != "/" { return redirect(to: snapshot.basePath) }
            return notFound(snapshot, isHead: isHead)
        case .site(let relative):
            if snapshot.isPlaceholder { return respond(with: snapshot.notFound, status: .serviceUnavailable, isHead: isHead) }
            switch snapshot.lookup(relative) {
            case .file(let file): return respond(with: file, status: .ok, isHead: isHead)
            case .redirect(let location): return redirect(to: location)
            case .missing: return notFound(snapshot, isHead: isHead)
            }
        }
    }

    /// HEAD gets the same headers, `Content-Length` included, and no body.
    func respond(with file: ServedFile?, status: HTTPResponse.Status, isHead: Bool) -> Response {
        guard let file else {
            return Response(
                status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"],
                body: isHead ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: ToolMessage(PreviewMessage.notFound).rendered(in: state.language) + "\n")))
        }
        return Response(status: status, headers: file.headers, body: isHead ? ResponseBody() : ResponseBody(byteBuffer: file.body))
    }

    func notFound(_ snapshot: SiteSnapshot, isHead: Bool) -> Response {
        respond(with: snapshot.notFound, status: snapshot.isPlaceholder ? .serviceUnavailable : .notFound, isHead: isHead)
    }

    func redirect(to location: String) -> Response {
        Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-cache", .contentLength: "0"])
    }

    /// The open page's stream: `key` and `since` say which page and which build it shows.
    func events(_ request: Request, isHead: Bool) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache", .xContentTypeOptions: "nosniff"]
        if isHead { return Response(status: .ok, headers: headers) }
        let query = request.uri.queryParameters
        let key = query["key"].map(String.init) ?? ""
        let since = query["since"].flatMap { Int($0) } ?? 0
        let stream = state.listen(key: key, since: since)
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // A first line at once: the browser (and a test) sees the stream open.
                try await writer.write(ByteBuffer(string: ": sapa preview\n\n"))
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event))
                }
                try await writer.finish(nil)
            })
    }

    static let script = ServedFile(path: "live-reload.js", built: Array(LiveReload.script.utf8), served: Array(LiveReload.script.utf8), changedIn: 0)
}

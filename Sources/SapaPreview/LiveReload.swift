import SapaModel
import SapaMustache
import SapaSite

/// The preview's live reload: a small script that the preview server alone adds to the pages
/// it serves. The built site (`Output/`, `sapa build`) never contains it.
public enum LiveReload {
    /// Where the script is served.
    public static let scriptPath = RequestPath.previewPrefix + "live-reload.js"
    /// Where the script listens for build events (Server-Sent Events).
    public static let eventsPath = RequestPath.previewPrefix + "events"

    /// The tag added to a page: which file it is and which build it came from, so that a page
    /// opened (or a stream reconnected) after a change still learns that it is out of date.
    /// `key` is empty for a page shown in place of a missing file: any new build may add it.
    public static func tag(key: String, generation: Int) -> String {
        "<script src=\"\(scriptPath)\" data-key=\"\(HTMLEscaper.escape(key))\" data-generation=\"\(generation)\" defer></script>"
    }

    /// `html` with the tag before its last `</body>` (or at its end when it has none).
    public static func inject(_ tag: String, into html: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        var result = html
        let insertAt = lastIndex(ofCaseInsensitive: marker, in: html) ?? html.endIndex
        result.insert(contentsOf: Array(tag.utf8), at: insertAt)
        return result
    }

    static func lastIndex(ofCaseInsensitive needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            var matched = true
            for offset in 0..<needle.count where lowercased(haystack[start + offset]) != needle[offset] {
                matched = false
                break
            }
            if matched { return start }
            start -= 1
        }
        return nil
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// The error panel's title and its button's label in `language`, as a JavaScript array.
    static func panelTexts(_ language: Language) -> String {
        JSONValue.array([PreviewMessage.panelTitle, .panelClose].map { .string(ToolMessage($0).rendered(in: language)) }).serialized()
    }

    /// Reloads the page when a build changes it (or the assets every page uses), and shows a
    /// failed build's errors over the page until the next good build: the panel's own texts in
    /// the page's language, the errors in the preview's (`PreviewConfiguration.language`).
    /// Messages are put in with `textContent`, never as HTML: they quote the publisher's files.
    public static let script = #"""
        // Sapa preview: live reload and build errors. Served only by `sapa serve`.
        (function () {
          "use strict";
          var tag = document.currentScript;
          if (!tag || !window.EventSource || !window.JSON) return;
          var texts = {
            kk: \#(panelTexts(.kk)),
            ru: \#(panelTexts(.ru)),
            en: \#(panelTexts(.en))
          };
          var text = texts[(document.documentElement.lang || "").slice(0, 2)] || texts.en;
          var url = "\#(LiveReload.eventsPath)?key=" + encodeURIComponent(tag.getAttribute("data-key") || "") +
            "&since=" + encodeURIComponent(tag.getAttribute("data-generation") || "0");
          var overlay = null;
          function clear() {
            if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
            overlay = null;
          }
          function show(diagnostics) {
            clear();
            overlay = document.createElement("div");
            overlay.id = "sapa-preview-errors";
            overlay.setAttribute("role", "alert");
            overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "margin:0;padding:1em 1.5em;background:#fff4f4;color:#1a1a1a;border-top:4px solid #b00020;" +
              "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 -2px 12px rgba(0,0,0,.3)";
            var title = document.createElement("p");
            title.style.cssText = "margin:0 0 .5em;font-weight:bold";
            title.textContent = text[0];
            overlay.appendChild(title);
            var list = document.createElement("ul");
            list.style.cssText = "margin:0 0 .75em;padding-left:1.25em";
            diagnostics.forEach(function (d) {
              var item = document.createElement("li");
              item.textContent = d.path + ":" + d.line + ":" + d.column + ": " + d.severity + ": " + d.message;
              list.appendChild(item);
            });
            overlay.appendChild(list);
            var close = document.createElement("button");
            close.type = "button";
            close.textContent = text[1];
            close.onclick = clear;
            overlay.appendChild(close);
            document.body.appendChild(overlay);
          }
          var source = new EventSource(url);
          source.addEventListener("reload", function () { source.close(); location.reload(); });
          source.addEventListener("errors", function (event) { show(JSON.parse(event.data).diagnostics || []); });
          source.addEventListener("ok", clear);
        })();

        """#
}

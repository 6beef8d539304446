// Injected by `podium serve` only (never part of a built site): reloads the page when the
// content changes and shows content errors over the last good page.
(function () {
  "use strict";
  var overlay = null;
  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
  function show(errors) {
    hide();
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(20,20,24,.94);color:#fff;" +
      "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem";
    var title = document.createElement("h2");
    title.textContent = errors.length + (errors.length === 1 ? " content error" : " content errors") +
      " — showing the last good version of this page";
    title.style.cssText = "margin:0 0 1rem;font:600 18px system-ui,sans-serif;color:#ff9b9b";
    overlay.appendChild(title);
    errors.forEach(function (line) {
      var pre = document.createElement("pre");
      pre.textContent = line;
      pre.style.cssText = "white-space:pre-wrap;margin:0 0 .6rem";
      overlay.appendChild(pre);
    });
    var close = document.createElement("button");
    close.textContent = "Dismiss";
    close.onclick = hide;
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }
  var source = new EventSource("/__podium/events");
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("errors", function (e) { show(JSON.parse(e.data)); });
})();

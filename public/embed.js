// Resizer for embedded We.Ca.Re. charts, loaded by the embed snippet on the
// host page: each embed page posts { type: "wecare-embed-height", id, height }
// and this script sets the height of the iframe that sent it. It only trusts
// messages from the window and origin of an iframe marked data-wecare-embed.
// Plain ES5-compatible JavaScript: it runs on other people's pages, unbundled.
(function () {
  "use strict";
  if (window.wecareEmbedResizer) return;
  window.wecareEmbedResizer = true;
  var HEIGHT = "wecare-embed-height";
  var PING = "wecare-embed-ping";

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll("iframe[data-wecare-embed]"));
  }
  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return "";
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== "number" || !(data.height > 0)) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) return;
      frame.style.height = Math.ceil(data.height) + "px";
    });
  });

  // The iframes may have loaded before this script: ask them for their height.
  function ping() {
    frames().forEach(function (frame) {
      var origin = originOf(frame);
      // "*": an iframe that has not loaded yet is still about:blank, and a ping holds nothing private.
      if (frame.contentWindow && origin) frame.contentWindow.postMessage({ type: PING }, "*");
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ping);
  else ping();
})();

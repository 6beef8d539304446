// Podium's only script. Pages are complete without it; it adds conveniences on top.
(function () {
  "use strict";

  // "Expand all / collapse all" for the abstracts of a leaderboard's rows.
  document.querySelectorAll("[data-expand-tools]").forEach(function (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var button = event.target.closest("[data-expand]");
      if (!button) return;
      var open = button.getAttribute("data-expand") === "open";
      document.querySelectorAll("details.abstract").forEach(function (details) {
        details.open = open;
      });
    });
  });
})();

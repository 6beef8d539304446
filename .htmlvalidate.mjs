// html-validate configuration for the generated site (run by tests/Podium.Tests/Browser/HtmlValidityTests).
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Paper pages are titled with the paper's own title, which is often longer than 70 characters;
    // shortening it would make the page harder to find, not easier.
    "long-title": "off",
  },
};

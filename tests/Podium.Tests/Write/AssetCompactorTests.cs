using System.Diagnostics;
using System.Text;
using Podium.Tests.Support;
using Podium.Write;

namespace Podium.Tests.Write;

/// <summary>
/// The shipped stylesheet and script are minified by a real CSS and JavaScript parser (NUglify):
/// smaller, and with strings, URLs and template literals exactly as written, which the line-based
/// rewriting before it broke (the browser tests run the minified files). With <c>--templates</c>
/// these files are the site owner's, so the corrupting inputs below are theirs to write.
/// </summary>
public sealed class AssetCompactorTests
{
    private static string Compact(string name, string text) => Encoding.UTF8.GetString(AssetCompactor.Compact(name, Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Stylesheet_is_smaller_without_comments_and_keeps_its_strings_and_values()
    {
        var path = Path.Combine(Repo.Templates, "assets", "style.css");
        var original = File.ReadAllText(path);
        var compact = Encoding.UTF8.GetString(AssetCompactor.Compact(path, File.ReadAllBytes(path)));

        Assert.DoesNotContain("/*", compact);
        Assert.Contains("\"Segoe UI\"", compact); // quoted font names keep their spaces
        Assert.Contains("@media", compact);
        Assert.True(compact.Length < original.Length * 0.85, $"{compact.Length} of {original.Length} bytes");
    }

    [Fact]
    public void Script_is_smaller_and_keeps_strict_mode()
    {
        var path = Path.Combine(Repo.Templates, "assets", "podium.js");
        var original = File.ReadAllText(path);
        var compact = Encoding.UTF8.GetString(AssetCompactor.Compact(path, File.ReadAllBytes(path)));

        Assert.Contains("use strict", compact);
        Assert.DoesNotContain("\n//", "\n" + compact);
        Assert.True(compact.Length < original.Length * 0.75, $"{compact.Length} of {original.Length} bytes");
    }

    [Fact]
    public void Css_strings_and_urls_that_look_like_punctuation_or_comments_are_kept()
    {
        var compact = Compact("style.css", """
            .quote::before { content: "a: b, c { d }; e"; }
            .hero { background: url("https://cdn.example.org/*/hero.png"); }
            /* a comment after a URL holding a comment opener */
            .after { color: red; }
            .icon { background-image: url(https://example.org//icons/a.svg); }
            """);

        Assert.Contains("\"a: b, c { d }; e\"", compact);
        Assert.Contains("https://cdn.example.org/*/hero.png", compact);
        Assert.Contains(".after{", compact);
        Assert.Contains("https://example.org//icons/a.svg", compact);
        Assert.DoesNotContain("a comment", compact);
    }

    [Fact]
    public void Js_strings_urls_and_template_lines_that_start_with_slashes_mean_the_same_after_minifying()
    {
        const string Script = """
            'use strict';
            const url = "https://example.org//path?a=b";
            const pair = 'key: value, other: { x }';
            // a real comment
            const help = `usage:
            // this line is text inside a template literal
              indented: yes`;
            const re = /\/\/+/g;
            console.log(JSON.stringify([url, pair, help, "a//b".replace(re, "/")]));
            """;
        var compact = Compact("podium.js", Script);

        Assert.DoesNotContain("a real comment", compact);
        Assert.Equal(RunNode(Script), RunNode(compact));
        Assert.Contains("// this line is text inside a template literal", RunNode(compact));
    }

    [Fact]
    public void A_file_the_minifier_cannot_parse_is_published_as_written()
    {
        var bytes = Encoding.UTF8.GetBytes("let = = ; function (\n");
        Assert.Same(bytes, AssetCompactor.Compact("broken.js", bytes));
    }

    [Fact]
    public void Other_assets_are_copied_unchanged()
    {
        var path = Path.Combine(Repo.Templates, "assets", "favicon.svg");
        var bytes = File.ReadAllBytes(path);
        Assert.Same(bytes, AssetCompactor.Compact(path, bytes));
    }

    private static string RunNode(string script)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start)!;
        node.StandardInput.Write(script);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        Assert.True(node.WaitForExit(30_000), "node did not finish");
        Assert.True(node.ExitCode == 0, error.Result);
        return output.Result;
    }
}

using Podium.Diff;

namespace Podium.Tests.Diff;

/// <summary>Contributor text in the pull-request report: shown as written, never markup, links, cells or mentions.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("@octocat's Net", "@\u2060octocat's Net")]
    [InlineData("ResNet | 50", "ResNet \\| 50")]
    [InlineData("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("a_b*c*", "a\\_b\\*c\\*")]
    public void Escape_keeps_the_text_and_drops_its_power(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    /// <summary>GitHub links bare URLs in comments and summaries; in a code span they stay text.</summary>
    [Theory]
    [InlineData("see https://evil.example/login now", "see `https://evil.example/login` now")]
    [InlineData("http://a.example", "`http://a.example`")]
    [InlineData("HTTPS://A.EXAMPLE/x", "`HTTPS://A.EXAMPLE/x`")]
    [InlineData("go to www.evil.example.", "go to `www.evil.example.`")]
    [InlineData("ftp://files.example/a", "`ftp://files.example/a`")]
    [InlineData("mailto:someone@example.org", "`mailto:someone@example.org`")]
    [InlineData("https://a.example/`x`|y", "``https://a.example/`x`\\|y``")]
    [InlineData("(https://a.example)", "(`https://a.example)`")]
    public void Bare_urls_become_code_spans_that_no_one_can_click(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    /// <summary>
    /// Bidirectional controls reorder what is shown (a name that reads "Net A" can hold other
    /// letters) and zero-width characters hide in plain sight: each is shown as a visible escape.
    /// </summary>
    [Theory]
    [InlineData("Net\u202EA", "Net\\<U+202E\\>A")]
    [InlineData("a\u200Bb\u200Fc", "a\\<U+200B\\>b\\<U+200F\\>c")]
    [InlineData("\u2066x\u2069", "\\<U+2066\\>x\\<U+2069\\>")]
    [InlineData("\u202A\u202B\u202C\u202D", "\\<U+202A\\>\\<U+202B\\>\\<U+202C\\>\\<U+202D\\>")]
    [InlineData("https://a.example/\u202Eexe.txt", "`https://a.example/<U+202E>exe.txt`")]
    public void Bidirectional_and_format_characters_are_shown_as_visible_escapes(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Fact]
    public void Code_blocks_show_bidirectional_characters_as_visible_escapes()
    {
        var sb = new System.Text.StringBuilder();
        MarkdownText.CodeBlock(sb, ["model `Net\u202EA` is unknown"]);

        Assert.Equal("```\nmodel `Net<U+202E>A` is unknown\n```\n", sb.ToString());
    }
}

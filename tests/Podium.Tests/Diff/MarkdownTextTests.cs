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
}

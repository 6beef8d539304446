using CsCheck;
using Podium.Render;

namespace Podium.Tests.Render;

/// <summary>A page's meta description is the start of its text as one line, at most 160 characters.</summary>
public sealed class MetaDescriptionTests
{
    /// <summary>The plain definition: split the first 600 characters into words, join them, cut.</summary>
    private static string? Expected(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var head = text.Length > 600 ? text[..600] : text;
        var oneLine = string.Join(' ', head.Split((char[])['\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 160 && head.Length == text.Length ? oneLine : oneLine[..Math.Min(157, oneLine.Length)].TrimEnd() + "…";
    }

    [Theory]
    [InlineData("A short abstract.")]
    [InlineData("  Leading and\ttrailing \n\n spaces  ")]
    [InlineData("\u00a0non-breaking\u00a0space kept\r\n")]
    public void Examples_match_the_definition(string text) => Assert.Equal(Expected(text), SiteRenderer.Summarise(text));

    [Fact]
    public void Any_text_matches_the_definition()
    {
        // Words and runs of separators of every length around the 160 and 600 character edges.
        var piece = Gen.OneOf(Gen.String[Gen.Char["ab \n\t\r\u00a0é"], 0, 40], Gen.Const(new string('x', 159)), Gen.Const(new string(' ', 3)));
        piece.Array[0, 30].Select(parts => string.Concat(parts))
            .Sample(text => Assert.Equal(Expected(text), SiteRenderer.Summarise(text)), iter: 5_000);
    }

    [Fact]
    public void Edges_of_the_length_limit()
    {
        foreach (var n in new[] { 156, 157, 158, 159, 160, 161, 162, 599, 600, 601 })
        {
            var words = string.Join(' ', Enumerable.Repeat("abcd", n / 5 + 1))[..n];
            Assert.Equal(Expected(words), SiteRenderer.Summarise(words));
            Assert.Equal(Expected(words + "  "), SiteRenderer.Summarise(words + "  "));
            Assert.Equal(Expected("  " + words), SiteRenderer.Summarise("  " + words));
        }
    }
}

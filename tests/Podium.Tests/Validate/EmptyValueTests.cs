using Podium.Diagnostics;
using Podium.Tests.Support;

namespace Podium.Tests.Validate;

/// <summary>
/// A required value left empty (as the <c>new paper</c> skeleton leaves <c>date:</c>) is reported
/// where it is empty, saying it is empty, not at the top of the file as if the key were missing.
/// </summary>
public sealed class EmptyValueTests
{
    private static IReadOnlyList<Diagnostic> ValidatePaper(string frontMatter)
    {
        using var temp = new TempDirectory();
        temp.Write("content/site.yaml", "title: T\nbase_url: https://example.org/\n");
        temp.Write("content/papers/alpha-2020.md", $"---\n{frontMatter}---\n");
        return SiteBuilder.Validate(temp.Combine("content")).Diagnostics;
    }

    [Fact]
    public void An_empty_date_is_reported_at_its_value_as_empty()
    {
        var diagnostics = ValidatePaper("""
            title: Alpha
            authors: [A. Author]
            date:           # required: date of the first public version (e.g. arXiv v1), YYYY-MM-DD
            venue:          # optional
            """ + "\n");

        var empty = Assert.Single(diagnostics);
        Assert.Equal((4, 6, ErrorCodes.MissingField), (empty.Line, empty.Column, empty.Code));
        Assert.Equal("`date` is empty", empty.Message);
        Assert.Equal("fill it in, e.g. `date: 2018-11-16`", empty.Hint);
    }

    [Fact]
    public void An_empty_quoted_title_is_reported_at_its_value_as_empty()
    {
        var diagnostics = ValidatePaper("title: \"\"\nauthors: [A. Author]\ndate: 2020-01-01\n");

        var empty = Assert.Single(diagnostics);
        Assert.Equal((2, 8, ErrorCodes.MissingField), (empty.Line, empty.Column, empty.Code));
        Assert.Equal("`title` is empty", empty.Message);
    }

    [Fact]
    public void A_missing_key_is_still_reported_as_missing_at_its_mapping()
    {
        var diagnostics = ValidatePaper("title: Alpha\nauthors: [A. Author]\n");

        var missing = Assert.Single(diagnostics);
        Assert.Equal((2, 1, ErrorCodes.MissingField), (missing.Line, missing.Column, missing.Code));
        Assert.Equal("`date` is required", missing.Message);
    }
}

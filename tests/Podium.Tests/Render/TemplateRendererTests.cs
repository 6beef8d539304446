using AngleSharp.Html.Parser;
using Podium.Render.Templates;
using Podium.Tests.Support;

namespace Podium.Tests.Render;

public sealed class TemplateRendererTests
{
    private sealed record Row(string Title, string? Url, IReadOnlyList<string> Cells);
    private sealed record View(IReadOnlyList<Row> Rows, RawHtml Html, string Text = "");

    private static readonly RawHtml Italic = new Podium.Render.SafeMarkdown().ToInlineHtml("*ok*");

    private static TemplateRenderer Create(TempDirectory temp, string page, string partial = "")
    {
        temp.Write("page.sbn-html", page);
        temp.Write("partials/rows.sbn-html", partial);
        return new TemplateRenderer(temp.Path, new Dictionary<string, string> { ["label"] = "<Label>" });
    }

    [Fact]
    public void Values_are_escaped_in_partials_inside_loops_and_raw_html_is_not()
    {
        using var temp = new TempDirectory();
        var renderer = Create(temp, "<div>\n  {{ partial \"rows\" rows }}\n</div>{{ html }}\n",
            "{{ for row in items }}{{ if row.url }}<a href=\"{{ row.url }}\">{{ row.title }}</a>{{ else }}{{ row.title }}{{ end }}\n{{ end }}");

        var html = renderer.Render("page", new View([new Row("<script>x</script>", "/a\"b", []), new Row("<b>", null, [])], Italic)).Value;

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("href=\"/a&quot;b\"", html);
        Assert.Contains("<em>ok</em>", html);
    }

    [Fact]
    public void Ui_strings_are_available_everywhere_and_escaped()
    {
        using var temp = new TempDirectory();
        var renderer = Create(temp, "{{ t.label }}{{ for row in rows }}[{{ t.label }}]{{ end }}{{ partial \"rows\" rows }}", "({{ t.label }})");

        Assert.Equal("&lt;Label&gt;[&lt;Label&gt;](&lt;Label&gt;)", renderer.Render("page", new View([new Row("r", null, [])], Italic)).Value);
    }

    [Theory]
    [InlineData("{{ t.label }}")]
    [InlineData("}} {{ include 'x' }} {{")]
    [InlineData("{{ rows[0].title }}{% raw %}")]
    public void Contributor_text_that_looks_like_template_code_is_shown_as_text(string text)
    {
        using var temp = new TempDirectory();
        var renderer = Create(temp, "<p>{{ text }}</p>");

        var html = renderer.Render("page", new View([], Italic, text)).Value;

        var paragraph = new HtmlParser().ParseDocument(html).QuerySelector("p")!;
        Assert.Equal(text, paragraph.TextContent);
    }

    [Fact]
    public void A_field_the_view_lacks_is_an_error_naming_the_template_line_and_column()
    {
        using var temp = new TempDirectory();
        var renderer = Create(temp, "<h1>x</h1>\n<p>{{ rows.size }} {{ missing_field }}</p>");

        var error = Assert.Throws<TemplateException>(() => renderer.Render("page", new View([], Italic)));
        Assert.Equal("page.sbn-html", error.File);
        Assert.Equal(2, error.Position.Line);
        Assert.Equal(23, error.Position.Column);
        Assert.Contains("missing_field", error.Message);
    }

    [Fact]
    public void A_misspelled_member_is_an_error_not_an_empty_string()
    {
        using var temp = new TempDirectory();
        var renderer = Create(temp, "{{ for row in rows }}{{ row.titel }}{{ end }}");

        var error = Assert.Throws<TemplateException>(() => renderer.Render("page", new View([new Row("r", null, [])], Italic)));
        Assert.Contains("titel", error.Message);
    }

    [Fact]
    public void A_syntax_error_is_reported_when_templates_are_parsed_with_its_place()
    {
        using var temp = new TempDirectory();
        temp.Write("partials/rows.sbn-html", "ok\n{{ for row in items }}\n{{ row.title ");

        var error = Assert.Throws<TemplateException>(() => new TemplateRenderer(temp.Path, new Dictionary<string, string>()));

        Assert.Equal("partials/rows.sbn-html", error.File);
        Assert.Equal(3, error.Position.Line);
    }

    [Fact]
    public void Include_is_not_available_so_template_output_is_never_escaped_twice_or_read_from_disk()
    {
        using var temp = new TempDirectory();
        var renderer = Create(temp, "{{ include \"partials/rows.sbn-html\" }}", "x");

        Assert.Throws<TemplateException>(() => renderer.Render("page", new View([], Italic)));
    }

    [Fact]
    public void A_page_of_1500_rows_with_nested_loops_renders_whole()
    {
        // Scriban 7 cuts a render at 1,048,576 characters and counts iterations across nested
        // loops (1,000 by default); a long leaderboard passes both.
        using var temp = new TempDirectory();
        var renderer = Create(temp, "<table>{{ for row in rows }}<tr><th>{{ row.title }}</th>{{ for cell in row.cells }}<td>{{ cell }}</td>{{ end }}</tr>\n{{ end }}</table><p id=end>end</p>");
        var cells = Enumerable.Range(0, 8).Select(i => new string('9', 90)).ToList();
        var rows = Enumerable.Range(0, 1500).Select(i => new Row($"Model {i}", null, cells)).ToList();

        var html = renderer.Render("page", new View(rows, Italic)).Value;

        Assert.True(html.Length > 1_048_576, $"only {html.Length} characters");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(1500, document.QuerySelectorAll("tr").Length);
        Assert.Equal(1500 * 8, document.QuerySelectorAll("td").Length);
        Assert.NotNull(document.QuerySelector("#end"));
    }

    [Fact]
    public void Threads_render_with_their_own_contexts()
    {
        using var temp = new TempDirectory();
        var renderer = Create(temp, "{{ for row in rows }}{{ partial \"rows\" row.cells }}|{{ end }}", "{{ for c in items }}{{ c }}{{ end }}");
        var views = Enumerable.Range(0, 200).Select(i => new View([new Row("", null, [$"{i}a", $"{i}b"]), new Row("", null, [$"{i}c"])], Italic)).ToList();

        var outputs = new string[views.Count];
        Parallel.For(0, views.Count, i => outputs[i] = renderer.Render("page", views[i]).Value);

        for (var i = 0; i < views.Count; i++) Assert.Equal($"{i}a{i}b|{i}c|", outputs[i]);
    }
}

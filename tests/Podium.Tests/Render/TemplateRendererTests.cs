using Podium.Render;
using Podium.Tests.Support;

namespace Podium.Tests.Render;

public sealed class TemplateRendererTests
{
    private sealed record Row(string Title, string? Url);
    private sealed record View(IReadOnlyList<Row> Rows, string Html);

    private static TemplateRenderer Create(TempDirectory temp, string page, string partial)
    {
        temp.Write("page.hbs", page);
        temp.Write("partials/rows.hbs", partial);
        return new TemplateRenderer(temp.Path, new Dictionary<string, string> { ["label"] = "<Label>" });
    }

    [Fact]
    public void Values_are_escaped_even_in_indented_partials_inside_blocks()
    {
        // Regression: Handlebars.Net dropped escaping for a partial called on an indented line.
        using var temp = new TempDirectory();
        var renderer = Create(temp, "<div>\n  {{> rows}}\n</div>\n",
            "{{#each Rows}}{{#if Url}}<a href=\"{{Url}}\">{{Title}}</a>{{else}}{{Title}}{{/if}}\n{{/each}}");

        var html = renderer.Render("page", new View([new Row("<script>x</script>", "/a\"b"), new Row("<b>", null)], "<i>ok</i>"));

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("href=\"/a&quot;b\"", html);
    }

    [Fact]
    public void Ui_strings_are_available_everywhere_and_escaped()
    {
        using var temp = new TempDirectory();
        var renderer = Create(temp, "{{@t.label}}{{#each Rows}}[{{@t.label}}]{{/each}}{{{Html}}}", "");

        Assert.Equal("&lt;Label&gt;[&lt;Label&gt;]<i>ok</i>", renderer.Render("page", new View([new Row("r", null)], "<i>ok</i>")));
    }

    [Fact]
    public void A_field_the_view_lacks_is_an_error_naming_the_template()
    {
        using var temp = new TempDirectory();
        var renderer = Create(temp, "{{Missing}}", "");

        var error = Assert.Throws<TemplateException>(() => renderer.Render("page", new View([], "")));
        Assert.Equal("page.hbs", error.File);
    }
}

using System.Text;
using Podium.Tests.Support;
using Podium.Write;

namespace Podium.Tests.Write;

/// <summary>The shipped stylesheet and script lose comments and indentation and nothing else (the browser tests run the compacted files).</summary>
public sealed class AssetCompactorTests
{
    [Fact]
    public void Stylesheet_keeps_every_rule_and_loses_comments_and_indentation()
    {
        var path = Path.Combine(Repo.Templates, "assets", "style.css");
        var original = File.ReadAllText(path);
        var compact = Encoding.UTF8.GetString(AssetCompactor.Compact(path, File.ReadAllBytes(path)));

        Assert.DoesNotContain("/*", compact);
        Assert.Equal(original.Count(c => c == '{'), compact.Count(c => c == '{'));
        Assert.Contains("\"Segoe UI\"", compact); // quoted font names keep their spaces
        Assert.Contains("0 1px 2px rgb(16 24 40 / 6%)", compact); // and so do values
        Assert.DoesNotContain("\n ", compact);
        Assert.True(compact.Length < original.Length * 0.85, $"{compact.Length} of {original.Length} bytes");
    }

    [Fact]
    public void Script_loses_whole_line_comments_only()
    {
        var path = Path.Combine(Repo.Templates, "assets", "podium.js");
        var compact = Encoding.UTF8.GetString(AssetCompactor.Compact(path, File.ReadAllBytes(path)));

        Assert.DoesNotContain(compact.Split('\n'), l => l.StartsWith("//", StringComparison.Ordinal) || l.StartsWith(' '));
        Assert.Contains("'use strict';", compact);
        Assert.Equal(File.ReadAllText(path).Count(c => c == '{'), compact.Count(c => c == '{'));
    }

    [Fact]
    public void Other_assets_are_copied_unchanged()
    {
        var path = Path.Combine(Repo.Templates, "assets", "favicon.svg");
        var bytes = File.ReadAllBytes(path);
        Assert.Same(bytes, AssetCompactor.Compact(path, bytes));
    }
}

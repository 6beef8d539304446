using Podium.Model;

namespace Podium.Tests.Model;

public sealed class PaperGroupsTests
{
    private static Paper Paper(string id, string date, string[] authors, string[]? tags = null, string? venue = null) => new()
    {
        Id = id, Title = id, Authors = authors, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Tags = tags ?? [], Venue = venue,
    };

    [Fact]
    public void Names_that_differ_only_by_case_spacing_or_unicode_normalisation_are_one_author()
    {
        var papers = new[]
        {
            Paper("c", "2021-01-01", ["Kaiming He", "Zoë Li"]),
            Paper("b", "2020-01-01", ["kaiming  he", "Zoe\u0308 Li"]),   // double space; e + combining diaeresis
            Paper("a", "2019-01-01", ["Kaiming\u00A0He", "ZOË LI"]),      // no-break space; capitals
        };

        var groups = PaperGroups.Build(papers);

        Assert.Equal(2, groups.Authors.Count);
        var he = groups.Author("KAIMING HE");
        Assert.Equal("Kaiming He", he.Name);
        Assert.Equal("kaiming-he", he.Slug);
        Assert.Equal(["c", "b", "a"], he.Papers.Select(p => p.Id));
        var li = groups.Author("Zoë Li");
        Assert.Equal(3, li.Papers.Count);
        Assert.Equal("zoe-li", li.Slug);
    }

    [Fact]
    public void Slugs_are_unique_ascii_and_stable_for_names_that_fold_alike_or_have_no_latin_letters()
    {
        var papers = new[] { Paper("a", "2020-01-01", ["José Pérez", "Jose-Perez", "张三", "李四"], ["蒸馏", "Knowledge Distillation"], "NeurIPS 2019") };

        var groups = PaperGroups.Build(papers);

        Assert.Equal(["jose-perez", "jose-perez-2"], groups.Authors.Where(a => a.Name.StartsWith("Jos", StringComparison.Ordinal)).Select(a => a.Slug).Order(StringComparer.Ordinal));
        Assert.All(groups.Authors.Concat(groups.Tags), g => Assert.Matches("^[a-z0-9][a-z0-9-]*$", g.Slug));
        Assert.NotEqual(groups.Author("张三").Slug, groups.Author("李四").Slug);
        Assert.Equal(groups.Author("张三").Slug, PaperGroups.Build(papers).Author("张三").Slug);
        Assert.Equal("neurips-2019", groups.Venue("NeurIPS 2019")!.Slug);
        Assert.Equal("knowledge-distillation", groups.Tag("knowledge distillation").Slug);
    }

    [Fact]
    public void Months_are_newest_first_with_their_papers()
    {
        var papers = new[] { Paper("c", "2021-03-09", ["A"]), Paper("b", "2021-03-01", ["A"]), Paper("a", "2020-12-31", ["A"]) };

        var months = PaperGroups.Build(papers).Months;

        Assert.Equal([new DateOnly(2021, 3, 1), new DateOnly(2020, 12, 1)], months.Select(m => m.Month));
        Assert.Equal(["c", "b"], months[0].Papers.Select(p => p.Id));
    }

    [Theory]
    [InlineData("Kaiming He")]
    [InlineData("kaiming he")]
    [InlineData("  Kaiming   He  ")]
    [InlineData("Kaiming\tHe")]
    [InlineData("Kaiming\u000bHe\u001f")]
    [InlineData("A")]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData("Zoë  LI")]
    [InlineData("Ｋａｉｍｉｎｇ He")]
    [InlineData("NeurIPS 2019 (Oral)")]
    public void A_key_is_the_name_normalised_split_on_whitespace_joined_and_lowercased(string name)
    {
        var expected = string.Join(' ', name.Normalize(System.Text.NormalizationForm.FormKC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        Assert.Equal(expected, PaperGroups.Key(name));
    }

    [Fact]
    public void The_spelling_most_papers_use_names_the_group_and_a_name_twice_on_one_paper_counts_once()
    {
        var papers = new[]
        {
            Paper("d", "2022-01-01", ["kaiming he", "kaiming he", "kaiming he"]),
            Paper("c", "2021-01-01", ["Kaiming He"]),
            Paper("b", "2020-01-01", ["Kaiming He"]),
            Paper("a", "2019-01-01", ["KAIMING HE", .. Enumerable.Range(0, 40).Select(i => $"Author {i % 20}")]),
        };

        var groups = PaperGroups.Build(papers);

        var he = groups.Author("kaiming he");
        Assert.Equal("Kaiming He", he.Name);
        Assert.Equal(["d", "c", "b", "a"], he.Papers.Select(p => p.Id));
        Assert.Equal(21, groups.Authors.Count);
        Assert.Equal(["a"], groups.Author("author 7").Papers.Select(p => p.Id));
    }
}

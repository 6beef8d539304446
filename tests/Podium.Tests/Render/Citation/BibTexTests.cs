using System.Text;
using Podium.Model;
using Podium.Render.Citation;

namespace Podium.Tests.Render.Citation;

/// <summary>The BibTeX entry on paper pages: exact output for known papers, and one well-formed entry whatever the metadata.</summary>
public sealed class BibTexTests
{
    private static Paper NewPaper(string title, string[] authors, string date, string? venue = null, string? arxiv = null, string? url = null, string id = "paper-id") =>
        new()
        {
            Id = id,
            Title = title,
            Authors = authors,
            Date = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Venue = venue,
            Arxiv = arxiv,
            Url = url,
        };

    private static readonly Paper GPipe = NewPaper(
        "GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism",
        ["Yanping Huang", "Youlong Cheng", "Dehao Chen"], "2018-11-16", venue: "NeurIPS 2019", arxiv: "1811.06965", id: "gpipe-2018");

    [Fact]
    public void Conference_paper_with_arxiv_id_is_an_inproceedings_entry()
    {
        // The key keeps the date's year (stable when a venue is added later); the year field is the
        // venue's, and no month is given because November 2018 is not when NeurIPS 2019 happened.
        Assert.Equal("""
            @inproceedings{huang2018gpipe,
              author = {Huang, Yanping and Cheng, Youlong and Chen, Dehao},
              title = {{GPipe}: Efficient Training of Giant Neural Networks using Pipeline Parallelism},
              booktitle = {NeurIPS},
              year = {2019},
              eprint = {1811.06965},
              archivePrefix = {arXiv},
              url = {https://arxiv.org/abs/1811.06965}
            }

            """.ReplaceLineEndings("\n"), BibTex.Entry(GPipe));
    }

    [Fact]
    public void Journal_paper_is_an_article_with_the_month_of_its_date()
    {
        var paper = NewPaper("Dropout: A Simple Way to Prevent Neural Networks from Overfitting",
            ["Nitish Srivastava", "Geoffrey Hinton", "Alex Krizhevsky", "Ilya Sutskever", "Ruslan Salakhutdinov"], "2014-06-01",
            venue: "JMLR 2014", url: "https://jmlr.org/papers/v15/srivastava14a.html");
        Assert.Equal("""
            @article{srivastava2014dropout,
              author = {Srivastava, Nitish and Hinton, Geoffrey and Krizhevsky, Alex and Sutskever, Ilya and Salakhutdinov, Ruslan},
              title = {Dropout: A Simple Way to Prevent Neural Networks from Overfitting},
              journal = {JMLR},
              year = {2014},
              month = jun,
              url = {https://jmlr.org/papers/v15/srivastava14a.html}
            }

            """.ReplaceLineEndings("\n"), BibTex.Entry(paper));
    }

    [Fact]
    public void Arxiv_only_preprint_is_a_misc_entry_with_eprint()
    {
        var paper = NewPaper("Scaling Laws for Neural Language Models", ["Jared Kaplan", "Sam McCandlish"], "2020-01-23", arxiv: "2001.08361");
        Assert.Equal("""
            @misc{kaplan2020scaling,
              author = {Kaplan, Jared and McCandlish, Sam},
              title = {Scaling Laws for Neural Language Models},
              howpublished = {arXiv preprint arXiv:2001.08361},
              year = {2020},
              month = jan,
              eprint = {2001.08361},
              archivePrefix = {arXiv},
              url = {https://arxiv.org/abs/2001.08361}
            }

            """.ReplaceLineEndings("\n"), BibTex.Entry(paper));
    }

    [Theory]
    [InlineData("ICML workshop 2015", "inproceedings", "booktitle", "ICML workshop")]
    [InlineData("CVPR 2016", "inproceedings", "booktitle", "CVPR")]
    [InlineData("NIPS 2012", "inproceedings", "booktitle", "NIPS")]
    [InlineData("Advances in Neural Information Processing Systems", "inproceedings", "booktitle", "Advances in Neural Information Processing Systems")]
    [InlineData("Proceedings of the 38th International Conference on Machine Learning", "inproceedings", "booktitle", "Proceedings of the 38th International Conference on Machine Learning")]
    [InlineData("Workshop on Data Science, 2019", "inproceedings", "booktitle", "Workshop on Data Science")]
    [InlineData("IEEE Transactions on Pattern Analysis and Machine Intelligence", "article", "journal", "IEEE Transactions on Pattern Analysis and Machine Intelligence")]
    [InlineData("Transactions of the ACL", "article", "journal", "Transactions of the ACL")]
    [InlineData("Nature Communications (2021)", "article", "journal", "Nature Communications")]
    [InlineData("TMLR", "article", "journal", "TMLR")]
    [InlineData("OpenAI blog 2019", "misc", "howpublished", "OpenAI blog")]
    [InlineData("ORACLE Technical Report", "misc", "howpublished", "ORACLE Technical Report")]
    public void Venue_decides_the_entry_type(string venue, string type, string field, string value)
    {
        var entry = Parse(BibTex.Entry(NewPaper("Some Title", ["Ada Lovelace"], "2019-05-01", venue: venue)));
        Assert.Equal(type, entry.Type);
        Assert.Equal(value, Unescape(entry.Field(field)));
    }

    [Fact]
    public void Year_is_the_venues_and_month_only_when_the_date_is_in_that_year()
    {
        var sameYear = Parse(BibTex.Entry(NewPaper("T", ["A B"], "2015-07-06", venue: "ICML 2015")));
        Assert.Equal("2015", sameYear.Field("year"));
        Assert.Equal("jul", sameYear.Field("month"));

        var later = Parse(BibTex.Entry(NewPaper("T", ["A B"], "2014-12-20", venue: "ICLR 2015")));
        Assert.Equal("2015", later.Field("year"));
        Assert.DoesNotContain(later.Fields, f => f.Name == "month");
        Assert.Equal("b2014t", later.Key);
    }

    [Fact]
    public void Title_protects_acronyms_and_camel_case_words()
    {
        var entry = Parse(BibTex.Entry(NewPaper("ResNet and ImageNet: BERT on CIFAR-10 with iPhone 3D Scans, Not Plain Words", ["A B"], "2020-01-01")));
        Assert.Equal("{ResNet} and {ImageNet}: {BERT} on {CIFAR}-10 with {iPhone} {3D} Scans, Not Plain Words", entry.Field("title"));
    }

    [Fact]
    public void Diacritics_are_kept_in_names_and_folded_in_the_key()
    {
        var paper = NewPaper("Deep Residual Learning for Image Recognition", ["Kaiming Hé", "Xiangyu Zhang", "Jürgen Schmidhuber"], "2016-06-27", venue: "CVPR 2016");
        var entry = Parse(BibTex.Entry(paper));
        Assert.Equal("he2016deep", entry.Key);
        Assert.Equal("Hé, Kaiming and Zhang, Xiangyu and Schmidhuber, Jürgen", entry.Field("author"));

        Assert.Equal("strasse1997long", Parse(BibTex.Entry(NewPaper("Long Short-Term Memory", ["Gerhard Straße"], "1997-11-15"))).Key);
        Assert.Equal("los2017one", Parse(BibTex.Entry(NewPaper("One Model To Learn Them All", ["Anna Łoś"], "2017-06-16"))).Key);
        Assert.Equal("oconnor2020attention", Parse(BibTex.Entry(NewPaper("On the Attention of Things", ["Siobhán O'Connor"], "2020-01-01"))).Key);
    }

    [Fact]
    public void Cjk_names_stay_as_written_and_the_key_falls_back_to_the_paper_id()
    {
        var paper = NewPaper("深度残差学习", ["何恺明", "孙 剑", "Jian Sun"], "2016-06-27", venue: "CVPR 2016", id: "resnet-zh-2016");
        var text = BibTex.Entry(paper);
        var entry = Parse(text);
        Assert.Equal("resnet-zh-2016", entry.Key);
        Assert.Equal("何恺明 and {孙 剑} and Sun, Jian", entry.Field("author"));
        Assert.Equal("深度残差学习", entry.Field("title"));
        Assert.Equal(new[] { "何恺明", "孙 剑", "Jian Sun" }, Authors(entry.Field("author")));
    }

    [Fact]
    public void Single_word_names_stay_as_written()
    {
        var entry = Parse(BibTex.Entry(NewPaper("The Republic", ["Plato", "Acme,Inc", "Ben and Jerry"], "2001-01-01")));
        Assert.Equal("plato2001republic", entry.Key);
        Assert.Equal("Plato and {Acme,Inc} and Jerry, Ben {and}", entry.Field("author"));
        Assert.Equal(new[] { "Plato", "Acme,Inc", "Ben and Jerry" }, Authors(entry.Field("author")));
    }

    [Fact]
    public void Key_falls_back_to_the_id_when_no_author_gives_a_family_name()
    {
        Assert.Equal("lonely-2020", Parse(BibTex.Entry(NewPaper("A Title", [], "2020-01-01", id: "lonely-2020"))).Key);
        Assert.Equal("symbols-2020", Parse(BibTex.Entry(NewPaper("A Title", ["!!! ???"], "2020-01-01", id: "symbols-2020"))).Key);
        Assert.Equal("smith2020", Parse(BibTex.Entry(NewPaper("The Of A", ["John Smith"], "2020-01-01"))).Key);
    }

    public static TheoryData<string, string[], string?, string?, string?> HostileMetadata => new()
    {
        {
            "Evil } @misc{x, title = {pwned} } { unbalanced {{ % & \\ $ _ # ~ ^ end",
            ["Mallory } and @misc{y,", "Eve \\ {Backslash", "Trudy % Comment", "Ben and Jerry", "Carol, Jr. Smith"],
            "Workshop on }{ Hacks & Tricks_ #1 2020",
            "1811.06965}\n@misc{z,",
            "https://example.org/a_b~c?q=1&r=$2#frag{x}\\y"
        },
        { "}}}}", ["}", "{"], "}", null, null },
        { "{{{{", ["\\", "\\}"], "{", "2001.00001", null },
        { "\\}\\{\\\\ \\textbf{x} %\n@misc{nl,\r\n title={y}", ["A\u0000B C\u0007D", "X\nY"], "Journal of {Bad} %Ideas", null, "https://example.org/}{" },
        { "_{^~}$#&%", ["Zoë }{ Q"], "OpenAI } blog", "not an id!", "https://example.org/%7B" },
    };

    [Theory]
    [MemberData(nameof(HostileMetadata))]
    public void Hostile_metadata_gives_one_balanced_entry_whose_values_round_trip(string title, string[] authors, string? venue, string? arxiv, string? url)
    {
        var paper = NewPaper(title, authors, "2020-02-29", venue: venue, arxiv: arxiv, url: url);
        var text = BibTex.Entry(paper);

        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n}\n", text);
        Assert.Equal(text, BibTex.Entry(paper));
        AssertBalanced(text);
        var entry = Parse(text);
        Assert.Matches("^[a-z0-9-]+$", entry.Key);
        Assert.All(entry.Fields, f => Assert.DoesNotContain('\n', f.Value));

        Assert.Equal(Clean(title), Unescape(entry.Field("title")));
        Assert.Equal(authors.Select(Clean).ToArray(), Authors(entry.Field("author")));
        var venueField = entry.Fields.Single(f => f.Name is "booktitle" or "journal" or "howpublished");
        Assert.Equal(System.Text.RegularExpressions.Regex.Replace(Clean(venue!), @"[\s,]*\(?(?:19|20)[0-9]{2}\)?$", ""), Unescape(venueField.Value));
        if (url is not null)
        {
            // URLs are verbatim: only characters a URL may not contain are percent-encoded.
            Assert.Equal(Uri.UnescapeDataString(Clean(url)), Uri.UnescapeDataString(entry.Field("url")));
            Assert.DoesNotContain('{', entry.Field("url"));
            Assert.DoesNotContain('\\', entry.Field("url"));
        }
        if (arxiv is not null && arxiv.Trim() != "2001.00001") Assert.DoesNotContain(entry.Fields, f => f.Name == "eprint");
    }

    [Fact]
    public void Injection_attempt_stays_inside_the_title()
    {
        var text = BibTex.Entry(NewPaper("Nice} @misc{x, title={Evil}", ["A B"], "2020-01-01"));
        Assert.Equal(@"Nice\textbraceright{} @misc\textbraceleft{}x, title=\textbraceleft{}Evil\textbraceright{}", Parse(text).Field("title"));
    }

    // --- a tiny BibTeX reader that counts braces the way BibTeX does (backslashes do not escape them) ---

    private sealed record BibField(string Name, string Value);

    private sealed record BibEntry(string Type, string Key, IReadOnlyList<BibField> Fields)
    {
        public string Field(string name) => Fields.Single(f => f.Name == name).Value;
    }

    /// <summary>Reads exactly one entry; anything but whitespace after it fails the test.</summary>
    private static BibEntry Parse(string text)
    {
        var i = 0;
        SkipSpace();
        Expect('@');
        var type = Name();
        Expect('{');
        var keyStart = i;
        while (i < text.Length && text[i] is not (',' or '}' or '{' or ' ' or '\n')) i++;
        var key = text[keyStart..i];
        var fields = new List<BibField>();
        Expect(',');
        while (true)
        {
            SkipSpace();
            var name = Name();
            SkipSpace();
            Expect('=');
            SkipSpace();
            string value;
            if (i < text.Length && text[i] == '{')
            {
                var start = ++i;
                var depth = 1;
                while (depth > 0)
                {
                    Assert.True(i < text.Length, "unterminated value");
                    if (text[i] == '{') depth++;
                    else if (text[i] == '}') depth--;
                    i++;
                }
                value = text[start..(i - 1)];
            }
            else
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
                Assert.True(i > start, $"empty bare value at {i}");
                value = text[start..i];
            }
            Assert.DoesNotContain(fields, f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            fields.Add(new BibField(name, value));
            SkipSpace();
            if (i < text.Length && text[i] == ',') { i++; continue; }
            Expect('}');
            break;
        }
        Assert.True(text[i..].All(char.IsWhiteSpace), $"text after the entry: {text[i..]}");
        return new BibEntry(type, key, fields);

        void SkipSpace()
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        }

        void Expect(char ch)
        {
            Assert.True(i < text.Length && text[i] == ch, $"expected '{ch}' at {i} in:\n{text}");
            i++;
        }

        string Name()
        {
            var start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            Assert.True(i > start, $"expected a name at {i} in:\n{text}");
            return text[start..i];
        }
    }

    private static void AssertBalanced(string text)
    {
        var depth = 0;
        foreach (var ch in text)
        {
            if (ch == '{') depth++;
            else if (ch == '}') depth--;
            Assert.True(depth >= 0, "a closing brace without its opening one");
        }
        Assert.Equal(0, depth);
    }

    /// <summary>The text a field value stands for: escapes undone, grouping braces dropped.</summary>
    private static string Unescape(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (ch is '{' or '}') continue;
            if (ch != '\\') { sb.Append(ch); continue; }
            i++;
            Assert.True(i < value.Length, "a value ends with a backslash");
            if (value[i] is '&' or '%' or '$' or '#' or '_') { sb.Append(value[i]); continue; }
            var start = i;
            while (i < value.Length && char.IsAsciiLetter(value[i])) i++;
            sb.Append(value[start..i] switch
            {
                "textbraceleft" => '{',
                "textbraceright" => '}',
                "textasciitilde" => '~',
                "textasciicircum" => '^',
                "textbackslash" => '\\',
                var other => throw new InvalidOperationException($"unexpected command \\{other}"),
            });
            Assert.True(value.AsSpan(i).StartsWith("{}"), "a text command is followed by {}");
            i++;
        }
        return sb.ToString();
    }

    /// <summary>The names in an author field, each as "Given Family" text, split the way BibTeX splits them (at " and " outside braces).</summary>
    private static string[] Authors(string value)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '{') depth++;
            else if (value[i] == '}') depth--;
            else if (depth == 0 && string.CompareOrdinal(value, i, " and ", 0, 5) == 0)
            {
                names.Add(value[start..i]);
                start = i + 5;
            }
        }
        names.Add(value[start..]);
        return names.Select(Name).ToArray();

        static string Name(string name)
        {
            var depth = 0;
            for (var i = 0; i < name.Length; i++)
            {
                if (name[i] == '{') depth++;
                else if (name[i] == '}') depth--;
                else if (depth == 0 && name[i] == ',')
                {
                    Assert.DoesNotContain(',', StripGroups(name[(i + 1)..]));
                    return Unescape(name[(i + 2)..]) + " " + Unescape(name[..i]);
                }
            }
            return Unescape(name);
        }

        // Text outside brace groups, to check a name has at most one separating comma.
        static string StripGroups(string text)
        {
            var sb = new StringBuilder();
            var depth = 0;
            foreach (var ch in text)
            {
                if (ch == '{') depth++;
                else if (ch == '}') depth--;
                else if (depth == 0) sb.Append(ch);
            }
            return sb.ToString();
        }
    }

    /// <summary>What the entry keeps of a text: control characters dropped, whitespace runs made one space.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else if (!char.IsControl(ch)) sb.Append(ch);
        }
        return sb.ToString().TrimEnd();
    }
}

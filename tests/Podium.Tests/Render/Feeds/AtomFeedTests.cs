using System.Xml.Linq;
using Podium.Render.Feeds;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Feeds;

/// <summary>Feeds are well-formed Atom whose entries keep their ids and dates when the site is rebuilt or grows.</summary>
public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly string FixtureContent = Repo.Fixture("valid", "sota") + "/content";

    [Fact]
    public void Leaderboard_feed_announces_each_record_newest_first()
    {
        var site = BuiltSite.Shared(FixtureContent);
        var feed = Load(site, SotaSiteFixture.LeaderboardDir + "feed.xml");

        Assert.Equal("https://example.org/lb/dataset/digits/classification/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2018-05-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["2018-05-01", "2016-06-01", "2015-03-01", "2014-01-01"], entries.Select(e => e.Element(Atom + "updated")!.Value[..10]));
        Assert.Equal("New state of the art on Classification on Digits: <b>Net E</b> & \"friends\", 2.5%", entries[0].Element(Atom + "title")!.Value);
        Assert.StartsWith("<b>Net E</b> & \"friends\" set a new best of 2.5%, ahead of Net C (4.0%).", entries[0].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void Site_feed_lists_the_newest_results()
    {
        var site = BuiltSite.Shared(FixtureContent);
        var feed = Load(site, "feed.xml");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(8, entries.Count);
        Assert.Equal("2019-01-01T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.Equal("https://example.org/lb/feed.xml", Href(feed, feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self")));
        Assert.All(entries, e => Assert.StartsWith("https://example.org/lb/dataset/digits/classification/#r-", Href(feed, e.Element(Atom + "link")!), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("feed.xml", "https://example.org/lb/feed.xml")]
    [InlineData(SotaSiteFixture.LeaderboardDir + "feed.xml", "https://example.org/lb/" + SotaSiteFixture.LeaderboardDir + "feed.xml")]
    public void Links_lead_to_the_same_page_against_the_feeds_base_or_its_own_address_and_each_entry_to_its_row(string path, string feedUrl)
    {
        var site = BuiltSite.Shared(FixtureContent);
        var feed = Load(site, path);
        Assert.Equal(feedUrl, feed.Element(Atom + "id")!.Value);
        Assert.Equal(feedUrl[..(feedUrl.LastIndexOf('/') + 1)], feed.Attribute(XNamespace.Xml + "base")!.Value);

        var links = feed.Descendants(Atom + "link").ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            // A reader that ignores xml:base resolves links against the address it fetched.
            Assert.Equal(Href(feed, link), new Uri(new Uri(feedUrl), link.Attribute("href")!.Value).AbsoluteUri);
            Assert.StartsWith("https://example.org/lb/", Href(feed, link), StringComparison.Ordinal);
        }
        Assert.Equal("https://example.org/lb/" + (path == "feed.xml" ? "" : SotaSiteFixture.LeaderboardDir),
            Href(feed, feed.Elements(Atom + "link").Single(l => l.Attribute("rel") is null)));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var href = new Uri(Href(feed, entry.Element(Atom + "link")!));
            var page = site.Page(BuiltSite.FileFor(href.AbsolutePath, "/lb/"));
            Assert.Equal("tr", page.GetElementById(href.Fragment[1..])?.LocalName);
        }
    }

    [Theory]
    [InlineData("https://example.org/lb/d/t/#r-1", "./#r-1")]
    [InlineData("https://example.org/lb/d/t/", "./")]
    [InlineData("https://example.org/lb/d/t/feed.xml", "feed.xml")]
    [InlineData("https://example.org/lb/d/t/all/#r-1", "all/#r-1")]
    [InlineData("https://example.org/lb/d/t/a:b/", "./a:b/")]
    [InlineData("https://example.org/lb/d/t//x", ".//x")]
    [InlineData("https://example.org/lb/d/t/?q=1", "./?q=1")]
    [InlineData("https://example.org/lb/d/other/", "https://example.org/lb/d/other/")]
    public void A_link_is_written_relative_to_the_feeds_folder_only_where_it_resolves_back(string url, string expected)
    {
        const string folder = "https://example.org/lb/d/t/";
        Assert.Equal(expected, AtomFeed.Relative(url, folder));
        Assert.Equal(new Uri(url).AbsoluteUri, new Uri(new Uri(folder), expected).AbsoluteUri);
        Assert.Equal(new Uri(url).AbsoluteUri, new Uri(new Uri(folder + "feed.xml"), expected).AbsoluteUri);
    }

    /// <summary>A link's address as Atom resolves it: against the feed's xml:base.</summary>
    private static string Href(XElement feed, XElement link) =>
        new Uri(new Uri(feed.Attribute(XNamespace.Xml + "base")!.Value), link.Attribute("href")!.Value).AbsoluteUri;

    [Fact]
    public void Entry_ids_and_dates_stay_the_same_across_builds_and_when_a_result_is_added()
    {
        using var temp = new TempDirectory();
        CopyDirectory(FixtureContent, temp.Combine("content"));
        using var before = new BuiltSite(temp.Combine("content"));
        var siteBefore = Entries(Load(before, "feed.xml"));
        var recordsBefore = Entries(Load(before, SotaSiteFixture.LeaderboardDir + "feed.xml"));

        using var again = new BuiltSite(temp.Combine("content"));
        Assert.Equal(siteBefore, Entries(Load(again, "feed.xml")));

        temp.Write("content/results/new.yaml", "source:\n  title: New\n  date: 2020-02-02\nresults:\n  - dataset: digits\n    model: Net N\n    metrics: { Error rate: 1.5 }\n");
        using var after = new BuiltSite(temp.Combine("content"));
        var siteAfter = Entries(Load(after, "feed.xml"));
        var recordsAfter = Entries(Load(after, SotaSiteFixture.LeaderboardDir + "feed.xml"));

        Assert.Equal(siteBefore.Count + 1, siteAfter.Count);
        Assert.Equal(siteBefore, siteAfter.Skip(1).ToList());
        Assert.Equal(recordsBefore, recordsAfter.Skip(1).ToList());
        Assert.Equal("2020-02-02T00:00:00Z", recordsAfter[0].Updated);
    }

    private static XElement Load(BuiltSite site, string path)
    {
        var document = XDocument.Parse(site.Text(path)); // throws unless well-formed
        var feed = document.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" }) Assert.NotNull(feed.Element(Atom + required));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated", "link", "summary" }) Assert.NotNull(entry.Element(Atom + required));
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
        }
        return feed;
    }

    private static List<(string Id, string Updated)> Entries(XElement feed) =>
        feed.Elements(Atom + "entry").Select(e => (e.Element(Atom + "id")!.Value, e.Element(Atom + "updated")!.Value)).ToList();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

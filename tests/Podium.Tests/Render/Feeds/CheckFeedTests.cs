using System.Xml.Linq;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Feeds;

/// <summary>The per-leaderboard feed announces checks beside new records: reproductions, source checks and results not reproduced within their uncertainty.</summary>
public sealed class CheckFeedTests(EvidenceSiteFixture fixture) : IClassFixture<EvidenceSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private List<(string Title, string Updated, string Summary)> Entries(string dir) =>
        XDocument.Parse(fixture.Site.Text(dir + "feed.xml")).Root!.Elements(Atom + "entry")
            .Select(e => (e.Element(Atom + "title")!.Value, e.Element(Atom + "updated")!.Value[..10], e.Element(Atom + "summary")!.Value))
            .ToList();

    [Fact]
    public void Checks_and_records_are_listed_newest_first()
    {
        Assert.Equal(
            [
                ("Not reproduced within its uncertainty on Classification on Bench: ResNet-50", "2021-02-01",
                    "Reproduced by Lab X on 1 Feb 2021: measured 76.5%, against 78.0% [77.0, 79.6]; not reproduced within its uncertainty. Paper S."),
                ("Reproduced on Classification on Bench: Net C", "2020-06-01", "Reproduced by @jdoe on 1 Jun 2020. Paper R."),
                ("New state of the art on Classification on Bench: Net C, 81.5%", "2020-02-01", "Net C set a new best of 81.5%, ahead of Net B (80.3%). Paper R."),
                ("Re-evaluated on Classification on Bench: ResNet-50 (long schedule)", "2020-01-10", "Re-evaluated by Hugging Face on 10 Jan 2020. Paper P."),
                ("Source checked on Classification on Bench: Net B", "2020-01-05", "Source checked by Jane Doe on 5 Jan 2020. Paper Q."),
                ("New state of the art on Classification on Bench: Net B, 80.3%", "2019-09-01", "Net B set a new best of 80.3%, ahead of ResNet-50 (long schedule) (80.0%). Paper Q."),
                ("New state of the art on Classification on Bench: ResNet-50 (long schedule), 80.0%", "2019-03-01", "ResNet-50 (long schedule) set a new best of 80.0%. Paper P."),
            ],
            Entries(EvidenceSiteFixture.BenchDir));
    }

    [Fact]
    public void Check_entry_ids_are_unique_and_name_the_row()
    {
        var ids = XDocument.Parse(fixture.Site.Text(EvidenceSiteFixture.BenchDir + "feed.xml")).Root!.Elements(Atom + "entry")
            .Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(4, ids.Count(id => System.Text.RegularExpressions.Regex.IsMatch(id, "#check-r-[0-9a-f]{10}-[0-9a-f]{8}$")));
    }
}

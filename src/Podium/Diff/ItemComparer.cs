using System.Globalization;
using Podium.Model;

namespace Podium.Diff;

/// <summary>Compares the papers, tasks and datasets of two sites field by field.</summary>
internal static class ItemComparer
{
    public static IReadOnlyList<ItemChange> Papers(SiteModel before, SiteModel after) => Compare(before.Papers, after.Papers, p => p.Id, p => p.Title,
    [
        ("title", p => p.Title),
        ("authors", p => Join(p.Authors)),
        ("date", p => Date(p.Date)),
        ("venue", p => p.Venue),
        ("arxiv", p => p.Arxiv),
        ("url", p => p.Url),
        ("code", p => Join(p.Code)),
        ("tags", p => Join(p.Tags)),
        ("abstract", p => p.Abstract),
        ("summary", p => p.Summary),
        ("translations", p => Join(p.Translations.Select(t => $"{t.Language}\t{t.Title}\t{t.Summary}"))),
    ]);

    public static IReadOnlyList<ItemChange> Tasks(SiteModel before, SiteModel after) => Compare(before.Tasks, after.Tasks, t => t.Id, t => t.Name,
    [
        ("name", t => t.Name),
        ("parent", t => t.Parent?.Id),
        ("description", t => t.Description),
    ]);

    public static IReadOnlyList<ItemChange> Datasets(SiteModel before, SiteModel after) => Compare(before.Datasets, after.Datasets, d => d.Id, d => d.Name,
    [
        ("name", d => d.Name),
        ("description", d => d.Description),
        ("homepage", d => d.Homepage),
        ("introduced_by", d => d.IntroducedBy?.Id),
        ("leaderboards", d => Join(d.Leaderboards.OrderBy(l => l.Task.Id, StringComparer.Ordinal).Select(Describe))),
    ]);

    public static IReadOnlyList<string> Site(SiteInfo before, SiteInfo after)
    {
        var fields = new List<string>();
        if (before.Title != after.Title) fields.Add("title");
        if (before.Description != after.Description) fields.Add("description");
        if (before.BaseUrl != after.BaseUrl) fields.Add("base_url");
        if (before.Language != after.Language) fields.Add("language");
        if (before.Repository != after.Repository) fields.Add("repository");
        return fields;
    }

    /// <summary>Added, then changed, then removed; each by id (ordinal).</summary>
    private static List<ItemChange> Compare<T>(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> id, Func<T, string> title,
        (string Name, Func<T, string?> Get)[] fields)
    {
        var old = before.ToDictionary(id, StringComparer.Ordinal);
        var current = after.ToDictionary(id, StringComparer.Ordinal);
        var changes = new List<ItemChange>();
        foreach (var (key, item) in current)
        {
            if (!old.TryGetValue(key, out var previous))
            {
                changes.Add(new ItemChange(ChangeKind.Added, key, title(item), []));
                continue;
            }
            var changed = fields.Where(f => !string.Equals(f.Get(previous), f.Get(item), StringComparison.Ordinal)).Select(f => f.Name).ToList();
            if (changed.Count > 0) changes.Add(new ItemChange(ChangeKind.Changed, key, title(item), changed));
        }
        foreach (var (key, item) in old)
        {
            if (!current.ContainsKey(key)) changes.Add(new ItemChange(ChangeKind.Removed, key, title(item), []));
        }
        changes.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Id, b.Id));
        return changes;
    }

    private static string Describe(Leaderboard l) =>
        $"{l.Task.Id}:{l.RankBy.Name}:" + string.Join(';', l.Metrics.Select(m => $"{m.Name}|{m.Unit}|{m.HigherIsBetter}"));

    private static string Join(IEnumerable<string> items) => string.Join('\n', items);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Podium.Load;

namespace Podium.Model;

/// <summary>Papers that share an author, a tag or a venue: one page each.</summary>
/// <param name="Slug">The URL segment: ASCII, lowercase, unique within its kind.</param>
public sealed record PaperGroup(string Name, string Slug, IReadOnlyList<Paper> Papers);

/// <summary>
/// Groups papers by author, tag, venue and month for their pages. Names are compared after
/// Unicode NFKC normalisation, whitespace folding and lowercasing, so "Kaiming He", "kaiming he"
/// and a name typed with a no-break space are one person; the page shows the spelling most papers
/// use. Built from the model's ordered papers, so every list is newest first and deterministic.
/// </summary>
public sealed class PaperGroups
{
    private readonly Dictionary<string, PaperGroup> _authors;
    private readonly Dictionary<string, PaperGroup> _tags;
    private readonly Dictionary<string, PaperGroup> _venues;

    private PaperGroups(Dictionary<string, PaperGroup> authors, Dictionary<string, PaperGroup> tags, Dictionary<string, PaperGroup> venues,
        IReadOnlyList<(DateOnly Month, IReadOnlyList<Paper> Papers)> months)
    {
        _authors = authors;
        _tags = tags;
        _venues = venues;
        Authors = Ordered(authors);
        Tags = Ordered(tags);
        Venues = Ordered(venues);
        Months = months;
    }

    public IReadOnlyList<PaperGroup> Authors { get; }
    public IReadOnlyList<PaperGroup> Tags { get; }
    public IReadOnlyList<PaperGroup> Venues { get; }

    /// <summary>Months with papers, newest first; each month's papers newest first.</summary>
    public IReadOnlyList<(DateOnly Month, IReadOnlyList<Paper> Papers)> Months { get; }

    public PaperGroup Author(string name) => _authors[Key(name)];
    public PaperGroup Tag(string tag) => _tags[Key(tag)];
    public PaperGroup? Venue(string? venue) => venue is null ? null : _venues[Key(venue)];

    /// <param name="papers">Newest first, as <see cref="SiteModel.Papers"/> holds them.</param>
    public static PaperGroups Build(IReadOnlyList<Paper> papers) => new(
        Group(papers, p => p.Authors),
        Group(papers, p => p.Tags),
        Group(papers, p => p.Venue is { } v ? [v] : []),
        papers.GroupBy(p => new DateOnly(p.Date.Year, p.Date.Month, 1))
            .Select(g => (g.Key, (IReadOnlyList<Paper>)g.ToList()))
            .OrderByDescending(m => m.Key).ToList());

    /// <summary>
    /// The same groups over another model's papers built from the same paper files (a preview
    /// rebuild after a result changed): names, slugs and order are kept, papers found by id.
    /// </summary>
    public PaperGroups For(IReadOnlyList<Paper> papers)
    {
        var byId = papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Dictionary<string, PaperGroup> Map(Dictionary<string, PaperGroup> groups) =>
            groups.ToDictionary(g => g.Key, g => g.Value with { Papers = g.Value.Papers.Select(p => byId[p.Id]).ToList() }, StringComparer.Ordinal);
        return new PaperGroups(Map(_authors), Map(_tags), Map(_venues),
            Months.Select(m => (m.Month, (IReadOnlyList<Paper>)m.Papers.Select(p => byId[p.Id]).ToList())).ToList());
    }

    /// <summary>The form names are compared in.</summary>
    public static string Key(string name)
    {
        if (!Ascii.IsValid(name))
        {
            return string.Join(' ', name.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        }
        // ASCII is its own NFKC form, and lowercasing it only touches A-Z: the same key, made in one
        // pass, and no new string for a name already in that form (most are, after the first page).
        var length = 0;
        var same = true;
        var space = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                same &= c == ' ';
                continue;
            }
            if (space) length++;
            space = false;
            length++;
            same &= !char.IsAsciiLetterUpper(c);
        }
        // Whitespace dropped at the ends or folded inside makes the key shorter than the name.
        return same && length == name.Length ? name : string.Create(length, name, static (key, name) =>
        {
            var at = 0;
            var space = false;
            foreach (var c in name)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = at > 0;
                    continue;
                }
                if (space) key[at++] = ' ';
                space = false;
                key[at++] = char.ToLowerInvariant(c);
            }
        });
    }

    /// <summary>One group's papers while grouping, and how its name is spelled (a dictionary only once a second spelling turns up).</summary>
    private sealed class Members(string spelling)
    {
        public List<Paper> Papers { get; } = [];
        public string FirstSpelling { get; } = spelling;
        public int FirstSpellingCount { get; set; }
        public Dictionary<string, int>? Spellings { get; set; }

        public void Spelled(string name)
        {
            if (Spellings is null && name == FirstSpelling)
            {
                FirstSpellingCount++;
                return;
            }
            Spellings ??= new Dictionary<string, int>(StringComparer.Ordinal) { [FirstSpelling] = FirstSpellingCount };
            CollectionsMarshal.GetValueRefOrAddDefault(Spellings, name, out _)++;
        }

        /// <summary>The spelling most papers use; ties go to the first in ordinal order.</summary>
        public string Name => Spellings is null
            ? FirstSpelling
            : Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
    }

    private static Dictionary<string, PaperGroup> Group(IReadOnlyList<Paper> papers, Func<Paper, IReadOnlyList<string>> names)
    {
        var members = new Dictionary<string, Members>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            var list = names(paper);
            // Each paper counts once per name; a long list is made distinct first so that this stays linear.
            var made = list.Count > 16;
            if (made) list = list.Distinct(StringComparer.Ordinal).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                var name = list[i];
                if (!made && IsRepeated(list, i)) continue;
                var key = Key(name);
                if (key.Length == 0) continue;
                ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(members, key, out _);
                group ??= new Members(name);
                if (group.Papers.Count == 0 || group.Papers[^1] != paper) group.Papers.Add(paper);
                group.Spelled(name);
            }
        }

        // Slugs are handed out in key order, so which of two colliding names gets "-2" never changes.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, PaperGroup>(StringComparer.Ordinal);
        foreach (var key in members.Keys.Order(StringComparer.Ordinal))
        {
            var group = members[key];
            var list = group.Papers;
            var name = group.Name;
            var slug = ContentIds.Suggest(name);
            if (slug.Length == 0) slug = "n-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
            var unique = slug;
            for (var n = 2; !used.Add(unique); n++) unique = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            result[key] = new PaperGroup(name, unique, list);
        }
        return result;
    }

    // Whether the name at `index` appeared earlier in the paper's (short) list.
    private static bool IsRepeated(IReadOnlyList<string> names, int index)
    {
        for (var k = 0; k < index; k++)
        {
            if (string.Equals(names[k], names[index], StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static List<PaperGroup> Ordered(Dictionary<string, PaperGroup> groups) =>
        groups.Values.OrderBy(g => g.Slug, StringComparer.Ordinal).ToList();
}

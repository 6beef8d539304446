using System.Globalization;

namespace Podium.Render.Badges;

/// <summary>
/// How a rank is shown away from its leaderboard (a paper's page, a badge): exact on the podium
/// (#1, #2, #3), then by tier (top 5, 10, 25, 50, 100). A result added to a leaderboard moves
/// every row below it down one place; shown exactly, each move would rewrite that row's paper
/// page and badge (and every README embedding the badge would change), so an addition to a
/// board of 60 rows rewrote 100 files. By tier, only the rows that cross a tier's edge change.
/// The leaderboard itself, its CSV and JSON keep the exact rank.
/// </summary>
public static class RankTier
{
    private static readonly int[] Edges = [5, 10, 25, 50, 100];

    /// <summary>The rank as shown: its number on the podium, else the smallest tier holding it; null below the last tier.</summary>
    public static int? Bound(int rank)
    {
        if (rank <= 3) return rank;
        foreach (var edge in Edges) if (rank <= edge) return edge;
        return null;
    }

    /// <summary>The rank as a badge's or paper page's short label: <c>#2</c>, <c>top 10</c>, <c>&gt; 100</c>.</summary>
    public static string Label(int rank, UiStrings t) => Bound(rank) switch
    {
        { } exact when rank <= 3 => "#" + exact.ToString(CultureInfo.InvariantCulture),
        { } edge => t.Format("rank_top", edge),
        null => t.Format("rank_beyond", Edges[^1]),
    };
}

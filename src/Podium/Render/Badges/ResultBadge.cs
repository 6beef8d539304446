using Podium.Model;

namespace Podium.Render.Badges;

/// <summary>A result's badge: its rank or rank tier (<see cref="RankTier"/>; green for the leader) and the leaderboard it is ranked on.</summary>
public static class ResultBadge
{
    public static string Title(Result result, UiStrings t)
    {
        var where = Where(result);
        return result.Rank is { } rank ? t.Format("badge_text", RankTier.Label(rank, t), where) : t.Format("badge_unranked", where);
    }

    public static byte[] Build(Result result, UiStrings t)
    {
        var label = result.Rank is { } rank ? RankTier.Label(rank, t) : "–";
        var colour = result.Rank is null ? "#6b7280" : RankTier.Bound(result.Rank.Value) switch
        {
            1 => "#1a7f37",
            <= 10 => "#1d4ed8",
            _ => "#4b5563",
        };
        return BadgeSvg.Build(label, Where(result), colour, Title(result, t));
    }

    private static string Where(Result result) => $"{result.Leaderboard.Dataset.Name} · {result.Leaderboard.Task.Name}";
}

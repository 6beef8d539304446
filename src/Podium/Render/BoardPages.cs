using System.Runtime.CompilerServices;
using Podium.Model;

namespace Podium.Render;

/// <summary>
/// Where a leaderboard's rows are shown. A board of up to <see cref="WholeUpTo"/> rows shows them
/// all on its page; a longer one shows its first <see cref="FirstRows"/> there, with its charts, and
/// every row on a page of its own (<c>all/</c>), which the page script loads into the table. A
/// Papers with Code board of 1,556 rows was 1.3 MB of HTML on one page, four fifths of it table
/// rows and chart points few readers scroll to.
/// </summary>
public static class BoardPages
{
    public const int WholeUpTo = 150;
    public const int FirstRows = 100;

    /// <summary>The complete table's folder, beside the board's page.</summary>
    public const string CompleteTableFolder = "all/";

    /// <summary>True when the board's page shows only its first rows and links the complete table.</summary>
    public static bool IsSplit(Leaderboard leaderboard) => leaderboard.Rows.Count > WholeUpTo;

    /// <summary>The way from the board's page to the row: <c>#r-…</c> when the page shows it, else <c>all/#r-…</c>.</summary>
    public static string RowFromBoard(Result result) => (IsOnBoardPage(result) ? "" : CompleteTableFolder) + "#" + result.Key;

    /// <summary>True when the board's own page shows the row (always, unless the board is split and the row is not among its first).</summary>
    public static bool IsOnBoardPage(Result result) =>
        !IsSplit(result.Leaderboard) || FirstRowsOf.GetValue(result.Leaderboard, l => l.Rows.Take(FirstRows).ToHashSet()).Contains(result);

    // Built once per split board, from any thread: GetValue is thread-safe.
    private static readonly ConditionalWeakTable<Leaderboard, HashSet<Result>> FirstRowsOf = [];
}

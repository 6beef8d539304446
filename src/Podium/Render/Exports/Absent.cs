namespace Podium.Render.Exports;

/// <summary>How a JSON file writes a value that a result, paper or metric does not have.</summary>
internal enum Absent
{
    /// <summary>The key with <c>null</c>, or an empty list (the site dump, <c>podium-site/1</c>).</summary>
    Null,

    /// <summary>
    /// No key: a reader tells a missing value by the missing key (<c>podium-leaderboard/3</c>,
    /// <c>podium-leaderboards/2</c>). Written as null, the empty fields of 60,000 rows were 5 MB.
    /// </summary>
    Omitted,
}

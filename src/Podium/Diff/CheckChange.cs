namespace Podium.Diff;

/// <summary>What a change to a row's checks means to readers.</summary>
public enum CheckChangeKind
{
    /// <summary>A new check whose value lies outside the result's interval: the row is now not reproduced within its uncertainty.</summary>
    NotReproduced,

    /// <summary>A new reproduction or re-evaluation that agrees with the result.</summary>
    Reproduced,

    /// <summary>A new source check.</summary>
    SourceChecked,

    /// <summary>A check that was there before and is gone.</summary>
    Removed,
}

/// <summary>A check added to or removed from a row, as the pull-request report and feeds name it.</summary>
/// <param name="Check">The check's kind as written (<c>reproduced</c>, <c>re-evaluated</c>, <c>source-checked</c>).</param>
/// <param name="Measured">The ranking metric's value the check measured, with its unit; null when it gives none.</param>
/// <param name="Claimed">The row's ranking-metric value with its uncertainty, as the page shows it.</param>
public sealed record CheckChange(
    CheckChangeKind Kind, string Model, string Origin, string Check, string By, string Date, string? Url, string? Measured, string? Claimed);

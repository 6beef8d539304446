namespace Podium.Import.Pwc;

/// <summary>What a maintainer can tell <c>import pwc</c> that the archive does not say.</summary>
/// <param name="Tasks">Import only these tasks (by name) and their subtasks; all when empty.</param>
/// <param name="Undated">The date for rows nothing in the archive or the content dates; without it they are skipped.</param>
/// <param name="Today">The day after which a date is in the future (today, UTC, unless a test fixes it).</param>
public sealed record PwcImportOptions(IReadOnlyCollection<string>? Tasks = null, DateOnly? Undated = null, DateOnly? Today = null);

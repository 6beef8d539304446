namespace Podium.Import.Dating;

/// <summary>
/// A year read from something a row says (an identifier, a link, a year written in its text).
/// <see cref="Origin"/> names it for the comment written next to the date and for reports;
/// <see cref="Problem"/> is set when the identifier cannot be right (an old-style ACL Anthology id
/// from 2020), so the row is not dated from it and the report says why.
/// </summary>
public sealed record YearClue(int Year, string Origin, string? Problem = null);

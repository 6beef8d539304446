namespace Podium.Tests.Hostile;

/// <summary>One attack or fault: how it changes the valid site, and what the build must do about it.</summary>
/// <param name="Name">Shown as the theory case, e.g. <c>yaml/flow-sequences-nested-10000-deep</c>.</param>
/// <param name="Inject">Changes the valid site's files.</param>
/// <param name="Expect">Whether the build must succeed with safe output or fail with which diagnostics.</param>
/// <param name="Then">Further checks on a build that succeeded (the output folder is passed).</param>
internal sealed record HostileCase(string Name, Action<SiteFiles> Inject, Expectation Expect, Action<string>? Then = null)
{
    public override string ToString() => Name;
}

/// <summary>What a hostile build must end with.</summary>
/// <param name="Builds">True: the build succeeds and every page is safe. False: it fails with exactly the <paramref name="Codes"/>.</param>
/// <param name="Codes">The distinct diagnostic codes expected, no more and no fewer.</param>
/// <param name="Says">Text the message (with its hint) of some diagnostic of the first code must contain.</param>
/// <param name="Count">How many diagnostics of the first code there must be at least (one fault per injected field).</param>
/// <param name="Line">The line of the file some diagnostic of the first code must point at.</param>
internal sealed record Expectation(bool Builds, IReadOnlyList<string> Codes, string? Says = null, int Count = 1, int? Line = null)
{
    /// <summary>The build succeeds; contributor text shows up as text, unsafe links lose their target.</summary>
    public static Expectation SafeSite { get; } = new(true, []);

    /// <summary>The build fails with these codes and nothing else; the previous site stays as it was.</summary>
    public static Expectation Diagnostics(params string[] codes) => new(false, codes);
}

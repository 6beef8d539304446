namespace Podium;

/// <summary>
/// Receives progress while a build runs, so a front end can show it; the library never prints.
/// Calls may come from several threads.
/// </summary>
public interface IBuildProgress
{
    void StageStarted(string stage);

    /// <summary>Part of a long stage is done: <paramref name="done"/> of <paramref name="total"/> items.</summary>
    void Advanced(string stage, int done, int total);

    void StageFinished(string stage, TimeSpan elapsed);
}

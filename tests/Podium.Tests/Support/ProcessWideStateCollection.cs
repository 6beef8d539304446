namespace Podium.Tests.Support;

/// <summary>
/// Tests that change process-wide state (the current culture) run in this collection: xUnit runs it
/// on its own, after every parallel collection has finished.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideStateCollection
{
    public const string Name = "process-wide state";
}

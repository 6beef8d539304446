namespace Podium.Load;

/// <summary>The kinds of file the content format defines, one per folder.</summary>
public enum ContentKind
{
    Site,
    Task,
    Dataset,
    Paper,
    Translation,
    Results,
}

using Podium.Model;
using Podium.Render.Views;

namespace Podium.Render;

/// <summary>
/// "Edit this page" links to the content file behind each page, on the repository named in
/// site.yaml (GitHub's edit and new-file pages, branch <c>main</c>, content in <c>content/</c>),
/// so a reader who spots a mistake is one click from a pull request. None without a repository.
/// </summary>
public sealed class EditLinks(SiteInfo site, UiStrings t)
{
    private const string Branch = "main";

    private readonly string? _repository = site.Repository?.TrimEnd('/');

    public IReadOnlyList<LinkView> Site() => Edit("site.yaml");

    public IReadOnlyList<LinkView> Task(BenchmarkTask task) => Edit($"tasks/{task.Id}.yaml");

    public IReadOnlyList<LinkView> Dataset(Dataset dataset) => Edit($"datasets/{dataset.Id}.yaml");

    /// <summary>A leaderboard is edited through its dataset file; results are added as a new file.</summary>
    public IReadOnlyList<LinkView> Leaderboard(Leaderboard leaderboard) => _repository is null ? [] :
    [
        new LinkView(t["add_result"], $"{_repository}/new/{Branch}/content/results?filename=new-result.yaml"),
        new LinkView(t["edit_page"], EditUrl($"datasets/{leaderboard.Dataset.Id}.yaml")),
    ];

    /// <summary>The paper's file, and the result files that cite it.</summary>
    public IReadOnlyList<LinkView> Paper(Paper paper) => _repository is null ? [] :
    [
        new LinkView(t["edit_page"], EditUrl($"papers/{paper.Id}.md")),
        .. paper.Results.Select(r => r.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(file => new LinkView(t.Format("edit_results", Path.GetFileName(file)), EditUrl(ContentRelative(file)))),
    ];

    private IReadOnlyList<LinkView> Edit(string contentPath) =>
        _repository is null ? [] : [new LinkView(t["edit_page"], EditUrl(contentPath))];

    private string EditUrl(string contentPath) => $"{_repository}/edit/{Branch}/content/{contentPath}";

    // Result files are known by their display path (`content/results/x.yaml`); links want the part under content/.
    private static string ContentRelative(string file)
    {
        var slash = file.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 ? file[(slash + 1)..] : file;
    }
}

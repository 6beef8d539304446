namespace Podium.Model;

/// <summary>
/// Keeps what is derived from the paper files alone (similar papers, and the author, tag, venue
/// and month groups) from one model to the next while no paper file changed. <c>serve</c>
/// rebuilds the model on every edit, and for an edit to a result or dataset file these two were
/// most of the wait: 0.5 s and 0.6 s at Papers with Code's scale. Paper documents are reused by
/// the preview for files that did not change, so "no paper changed" is "the same document objects".
/// </summary>
public sealed class PaperDerivedCache
{
    private readonly Lock _lock = new();
    private HashSet<object>? _documents;
    private Dictionary<string, (string Id, double Score)[]>? _similar;
    private PaperGroups? _groups;

    /// <summary>Sets <see cref="Paper.Similar"/> on every paper, computing it only when a paper document changed.</summary>
    internal void Similar(IReadOnlyList<object> documents, IReadOnlyList<Paper> papers)
    {
        lock (_lock)
        {
            if (_documents is not null && _similar is not null && _documents.SetEquals(documents))
            {
                var byId = papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
                foreach (var paper in papers) paper.Similar = _similar[paper.Id].Select(s => new SimilarPaper(byId[s.Id], s.Score)).ToList();
                return;
            }
            SimilarPapers.Compute(papers);
            _documents = new HashSet<object>(documents, ReferenceEqualityComparer.Instance);
            _similar = papers.ToDictionary(p => p.Id, p => p.Similar.Select(s => (s.Paper.Id, s.Score)).ToArray(), StringComparer.Ordinal);
            _groups = null;
        }
    }

    /// <summary>The groups of <paramref name="papers"/> (newest first), rebuilt only when a paper document changed.</summary>
    internal PaperGroups Groups(IReadOnlyList<Paper> papers)
    {
        lock (_lock)
        {
            _groups = _groups is null ? PaperGroups.Build(papers) : _groups.For(papers);
            return _groups;
        }
    }
}

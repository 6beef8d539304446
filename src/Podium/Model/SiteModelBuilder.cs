using System.Runtime.InteropServices;
using Podium.Validate;

namespace Podium.Model;

/// <summary>
/// The Model stage: links validated documents into one object graph (tasks to parents and
/// leaderboards, results to papers), ranks every leaderboard and fixes the order of every list.
/// </summary>
public static class SiteModelBuilder
{
    /// <param name="cache">Kept by a caller that rebuilds often (<c>serve</c>), to skip work on papers that did not change.</param>
    public static SiteModel Build(ValidatedContent content, Uri? baseUrlOverride = null, PaperDerivedCache? cache = null)
    {
        var s = content.Site;
        var site = new SiteInfo(s.Title, s.Description, baseUrlOverride ?? s.BaseUrl, s.Language, s.Repository);

        var tasks = content.Tasks.ToDictionary(t => t.Id, t => new BenchmarkTask(t.Id, t.Name, t.Description), StringComparer.Ordinal);
        foreach (var doc in content.Tasks)
        {
            if (doc.Parent is { } parent)
            {
                tasks[doc.Id].Parent = tasks[parent.Value];
                tasks[parent.Value].Children.Add(tasks[doc.Id]);
            }
        }

        var papers = content.Papers.ToDictionary(p => p.Id, p => new Paper
        {
            Id = p.Id, Title = p.Title, Authors = p.Authors, Date = p.Date, Venue = p.Venue, Arxiv = p.Arxiv,
            Url = p.Url, Code = p.Code, Tags = p.Tags, Abstract = p.Abstract, Summary = p.Summary,
        }, StringComparer.Ordinal);
        foreach (var t in content.Translations)
        {
            papers[t.PaperId.Value].Translations.Add(new Translation(t.Language, t.Title, t.Summary));
        }

        var datasets = new List<Dataset>();
        var leaderboards = new Dictionary<(string Dataset, string Task), Leaderboard>();
        // Results find their leaderboard by dataset, then task: string keys hash faster than pairs of them.
        var boardsByDataset = new Dictionary<string, Dictionary<string, Leaderboard>>(StringComparer.Ordinal);
        foreach (var doc in content.Datasets)
        {
            var dataset = new Dataset(doc.Id, doc.Name, doc.Description, doc.Homepage)
            {
                IntroducedBy = doc.IntroducedBy is { } p ? papers[p.Value] : null,
            };
            foreach (var lb in doc.Leaderboards)
            {
                var metrics = lb.Metrics.Select(m => new Metric(m.Name, m.Unit, m.HigherIsBetter)).ToList();
                var leaderboard = new Leaderboard(dataset, tasks[lb.Task.Value], metrics, metrics.First(m => m.Name == lb.RankBy));
                dataset.Leaderboards.Add(leaderboard);
                tasks[lb.Task.Value].Leaderboards.Add(leaderboard);
                leaderboards.Add((doc.Id, lb.Task.Value), leaderboard);
                ref var boards = ref CollectionsMarshal.GetValueRefOrAddDefault(boardsByDataset, doc.Id, out _);
                (boards ??= new Dictionary<string, Leaderboard>(StringComparer.Ordinal)).Add(lb.Task.Value, leaderboard);
            }
            dataset.Leaderboards.Sort((a, b) => ByName(a.Task.Name, a.Task.Id, b.Task.Name, b.Task.Id));
            datasets.Add(dataset);
        }

        var results = content.Results.Select(r => new Result
        {
            Leaderboard = boardsByDataset[r.Dataset.Value][r.Task!.Value.Value],
            Model = r.Model.Value,
            Metrics = r.Metrics.ToDictionary(m => m.Name.Value, m => m.Value, StringComparer.Ordinal),
            ExtraTrainingData = r.ExtraTrainingData,
            Paper = r.Paper is { } p ? papers[p.Value] : null,
            Source = r.Source is { } src ? new Source(src.Title, src.Url, src.Date) : null,
            Date = r.Date!.Value,
            Code = r.Code,
            Notes = r.Notes,
            Evidence = r.Evidence,
            Uncertainty = r.Uncertainty ?? new Dictionary<string, Uncertainty>(StringComparer.Ordinal),
            Checks = r.Checks?.Select(c => c.Value).ToList() ?? [],
            File = r.File,
        }).ToList();

        foreach (var group in results.GroupBy(r => r.Leaderboard))
        {
            LeaderboardRanker.Rank(group.Key, group);
            ResultKeys.Assign(group.Key);
            RankRanges.Assign(group.Key);
            foreach (var result in group) result.Status = ResultStatuses.Of(result);
        }
        foreach (var result in results)
        {
            result.Paper?.Results.Add(result);
        }

        foreach (var task in tasks.Values)
        {
            task.Children.Sort((a, b) => ByName(a.Name, a.Id, b.Name, b.Id));
            task.Leaderboards.Sort((a, b) => ByName(a.Dataset.Name, a.Dataset.Id, b.Dataset.Name, b.Dataset.Id));
        }
        foreach (var paper in papers.Values)
        {
            paper.Results.Sort((a, b) =>
            {
                var c = ByName(a.Leaderboard.Dataset.Name, a.Leaderboard.Dataset.Id, b.Leaderboard.Dataset.Name, b.Leaderboard.Dataset.Id);
                if (c == 0) c = ByName(a.Leaderboard.Task.Name, a.Leaderboard.Task.Id, b.Leaderboard.Task.Name, b.Leaderboard.Task.Id);
                if (c == 0) c = (a.Rank ?? int.MaxValue).CompareTo(b.Rank ?? int.MaxValue);
                return c != 0 ? c : string.CompareOrdinal(a.Model, b.Model);
            });
        }

        if (cache is null) SimilarPapers.Compute([.. papers.Values]);
        else cache.Similar([.. content.Papers, .. content.Translations], [.. papers.Values]);
        var orderedPapers = papers.Values.OrderByDescending(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var orderedTasks = tasks.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        return new SiteModel
        {
            Site = site,
            Tasks = orderedTasks,
            Areas = orderedTasks.Where(t => t.Parent is null).OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal).ToList(),
            Datasets = datasets.OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToList(),
            Leaderboards = leaderboards.Values
                .OrderBy(l => l.Dataset.Id, StringComparer.Ordinal).ThenBy(l => l.Task.Id, StringComparer.Ordinal).ToList(),
            Papers = orderedPapers,
            Results = NewestFirst(results),
            Groups = new Lazy<PaperGroups>(() => cache is null ? PaperGroups.Build(orderedPapers) : cache.Groups(orderedPapers)),
        };
    }

    /// <summary>Newest first; the tie-breaks make the order total (duplicate results are rejected earlier).</summary>
    private static List<Result> NewestFirst(List<Result> results)
    {
        results.Sort((a, b) =>
        {
            var c = b.Date.CompareTo(a.Date);
            if (c == 0) c = string.CompareOrdinal(a.Leaderboard.Dataset.Id, b.Leaderboard.Dataset.Id);
            if (c == 0) c = string.CompareOrdinal(a.Leaderboard.Task.Id, b.Leaderboard.Task.Id);
            if (c == 0) c = (a.Rank ?? int.MaxValue).CompareTo(b.Rank ?? int.MaxValue);
            if (c == 0) c = string.CompareOrdinal(a.Model, b.Model);
            return c != 0 ? c : string.CompareOrdinal(a.File, b.File);
        });
        return results;
    }

    private static int ByName(string nameA, string idA, string nameB, string idB)
    {
        var c = string.CompareOrdinal(nameA, nameB);
        return c != 0 ? c : string.CompareOrdinal(idA, idB);
    }
}

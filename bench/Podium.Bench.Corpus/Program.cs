using System.Diagnostics;
using System.Globalization;
using Podium.Bench.Corpus;

// Usage: Podium.Bench.Corpus --scale 0.1 [--seed 1] [--podium <content-dir>] [--hugo <hugo-content-dir>] [--facts <file>]
//                            [--pwc <evaluation-tables.json>]
// At least one of --podium and --pwc is required; --pwc writes the same corpus as a Papers with Code archive.
// Scale 1 is Papers with Code's size: 4,500 tasks, 10,000 leaderboards, 50,000 papers, 60,000 results.
// The same scale and seed always write the same files.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
options.TryGetValue("--podium", out var podiumDir);
options.TryGetValue("--pwc", out var pwcFile);
if ((podiumDir is null && pwcFile is null) || !options.TryGetValue("--scale", out var scaleText))
{
    Console.Error.WriteLine("usage: Podium.Bench.Corpus --scale <fraction> [--seed <n>] [--podium <dir>] [--hugo <dir>] [--facts <file>] [--pwc <file>] (--podium or --pwc or both)");
    return 2;
}
var scale = double.Parse(scaleText, CultureInfo.InvariantCulture);
var seed = options.TryGetValue("--seed", out var seedText) ? int.Parse(seedText, CultureInfo.InvariantCulture) : 1;

var watch = Stopwatch.StartNew();
var size = CorpusSize.AtScale(scale);
var plan = CorpusPlan.Create(size, seed);
if (podiumDir is not null) PodiumContentWriter.Write(plan, podiumDir);
if (options.TryGetValue("--hugo", out var hugoDir)) HugoContentWriter.Write(plan, hugoDir);
var archiveRows = pwcFile is null ? 0 : PwcArchiveWriter.Write(plan, pwcFile);

var rows = plan.Leaderboards.Sum(b => b.Results.Count);
// The leaderboard closest to 100 rows, for the page-weight check in bench/run.sh.
var hundred = plan.Leaderboards.OrderBy(b => Math.Abs(b.Results.Count - 100)).ThenBy(b => b.Key, StringComparer.Ordinal).First();
if (options.TryGetValue("--facts", out var factsFile))
{
    File.WriteAllText(factsFile,
        $"leaderboard_near_100_rows=dataset/{hundred.Key}/\nleaderboard_near_100_rows_count={hundred.Results.Count}\n" +
        $"result_file_to_edit=results/{hundred.Results[^1].Paper.Id}.yaml\n");
}
Console.WriteLine(
    $"corpus scale {scale}: {plan.Tasks.Count} tasks, {plan.Datasets.Count} datasets, {plan.Leaderboards.Count} leaderboards, " +
    $"{plan.Papers.Count} papers, {rows} results (longest leaderboard {plan.Leaderboards.Max(b => b.Results.Count)} rows), " +
    (pwcFile is null ? "" : $"archive {pwcFile}: {archiveRows} rows, {new FileInfo(pwcFile).Length / 1e6:0.0} MB; ") +
    $"written in {watch.Elapsed.TotalSeconds:0.0} s");
return 0;

using System.Text;
using Podium.Fuzz;
using Podium.Tests.Support;

namespace Podium.Tests.Fuzz;

/// <summary>
/// The fuzzers' seed corpus (tests/fuzz/corpus/&lt;target&gt;/), inputs that once crashed included,
/// runs through the same code the fuzzers feed, on every test run: a fixed crash stays fixed
/// without AFL++. The fuzzing itself is tests/fuzz/run.sh (a short run in .ci/run).
/// </summary>
public sealed class FuzzCorpusTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "tests", "fuzz", "corpus", target)).Order(StringComparer.Ordinal))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Corpus_input_runs_without_an_exception(string target, string file)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "fuzz", "corpus", target, file)));
        FuzzTargets.Find(target)!(text);
    }

    [Fact]
    public void Every_target_has_seeds_and_the_yaml_crashes_found_so_far_are_in_the_corpus()
    {
        foreach (var target in FuzzTargets.Names)
        {
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(Repo.Root, "tests", "fuzz", "corpus", target)));
        }
        Assert.True(File.Exists(Path.Combine(Repo.Root, "tests", "fuzz", "corpus", "yaml", "crash-global-tag.yaml")));
        Assert.True(File.Exists(Path.Combine(Repo.Root, "tests", "fuzz", "corpus", "yaml", "crash-utf32-escape.yaml")));
    }
}

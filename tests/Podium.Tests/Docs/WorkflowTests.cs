using Podium.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Podium.Tests.Docs;

/// <summary>
/// The GitHub Actions workflows keep their security properties: pull requests (possibly from
/// forks) run with a read-only token, and only the Pages deploy job can write.
/// </summary>
public sealed class WorkflowTests
{
    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repo.Root, ".github", "workflows", name)))
        {
            stream.Load(reader);
        }
        Assert.Single(stream.Documents);
        return Assert.IsType<YamlMappingNode>(stream.Documents[0].RootNode);
    }

    private static YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static YamlMappingNode Mapping(YamlNode node, string key) =>
        Assert.IsType<YamlMappingNode>(Child(node, key) ?? throw new Xunit.Sdk.XunitException($"`{key}` is missing"));

    private static Dictionary<string, string> Permissions(YamlNode permissions) =>
        Assert.IsType<YamlMappingNode>(permissions).Children.ToDictionary(
            p => ((YamlScalarNode)p.Key).Value!, p => Assert.IsType<YamlScalarNode>(p.Value).Value!, StringComparer.Ordinal);

    /// <summary>The steps of a job, each a mapping (<c>uses:</c>, <c>run:</c>, <c>with:</c> …).</summary>
    private static List<YamlMappingNode> Steps(YamlNode job) =>
        Assert.IsType<YamlSequenceNode>(Child(job, "steps")).Children.Select(Assert.IsType<YamlMappingNode>).ToList();

    private static string? Scalar(YamlNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static IEnumerable<string> Triggers(YamlMappingNode workflow)
    {
        var on = Child(workflow, "on") ?? throw new Xunit.Sdk.XunitException("`on` is missing");
        return on switch
        {
            YamlScalarNode s => [s.Value!],
            YamlSequenceNode seq => seq.Children.Select(c => ((YamlScalarNode)c).Value!),
            YamlMappingNode map => map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!),
            _ => [],
        };
    }

    [Fact]
    public void Pull_request_workflow_triggers_on_pull_request_only()
    {
        var triggers = Triggers(Load("pr.yml")).ToList();
        Assert.Contains("pull_request", triggers);
        Assert.DoesNotContain("pull_request_target", triggers);
    }

    [Fact]
    public void Pull_request_workflow_has_a_read_only_token()
    {
        var workflow = Load("pr.yml");
        var permissions = Permissions(Child(workflow, "permissions") ?? throw new Xunit.Sdk.XunitException("top-level `permissions` is missing"));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, permissions);
        foreach (var job in Mapping(workflow, "jobs").Children.Values)
        {
            if (Child(job, "permissions") is { } jobPermissions)
            {
                Assert.DoesNotContain("write", Permissions(jobPermissions).Values);
            }
        }
    }

    [Fact]
    public void Pull_request_workflow_validates_tests_builds_reports_and_uploads_the_preview()
    {
        var job = Mapping(Load("pr.yml"), "jobs").Children.Values.Single();
        var steps = Steps(job);
        var runs = steps.Select(s => Scalar(s, "run")).OfType<string>().ToList();
        var uses = steps.Select(s => Scalar(s, "uses")).OfType<string>().ToList();

        var checkout = steps.Single(s => Scalar(s, "uses") == "actions/checkout@v4");
        Assert.Equal("0", Scalar(Mapping(checkout, "with"), "fetch-depth"));
        Assert.Contains(runs, r => r.Contains("-- validate --format github", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("dotnet test Podium.slnx", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("-- build --base-url", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("-- diff --base", StringComparison.Ordinal) && r.Contains("$GITHUB_STEP_SUMMARY", StringComparison.Ordinal));

        var preview = steps.Single(s => Scalar(s, "uses") == "actions/upload-artifact@v4" && Scalar(Mapping(s, "with"), "name") == "site-preview");
        Assert.Equal("7", Scalar(Mapping(preview, "with"), "retention-days"));
        Assert.All(uses, u => Assert.Matches(@"^[\w-]+/[\w-]+@v\d+$", u));
    }

    [Fact]
    public void Pages_workflow_grants_write_only_to_the_deploy_job()
    {
        var workflow = Load("pages.yml");
        Assert.Contains("push", Triggers(workflow));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, Permissions(Child(workflow, "permissions")!));

        var jobs = Mapping(workflow, "jobs");
        foreach (var (key, job) in jobs.Children)
        {
            var name = ((YamlScalarNode)key).Value;
            var permissions = Child(job, "permissions") is { } p ? Permissions(p) : [];
            if (name == "deploy")
            {
                Assert.Equal(new Dictionary<string, string> { ["pages"] = "write", ["id-token"] = "write" }, permissions);
            }
            else
            {
                Assert.DoesNotContain("write", permissions.Values);
            }
        }

        var deploy = Mapping(jobs, "deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        Assert.Equal("github-pages", Scalar(Mapping(deploy, "environment"), "name"));
        Assert.Contains(Steps(deploy), s => Scalar(s, "uses") == "actions/deploy-pages@v4");
    }

    [Fact]
    public void Pages_workflow_builds_with_the_base_url_from_configure_pages()
    {
        var build = Mapping(Mapping(Load("pages.yml"), "jobs"), "build");
        var steps = Steps(build);
        var configure = steps.Single(s => Scalar(s, "uses") == "actions/configure-pages@v5");
        var id = Scalar(configure, "id");
        Assert.NotNull(id);
        Assert.Contains(steps, s => Scalar(s, "run") is { } run
            && run.Contains("-- build", StringComparison.Ordinal)
            && run.Contains($"--base-url \"${{{{ steps.{id}.outputs.base_url }}}}/\"", StringComparison.Ordinal));
        var upload = steps.Single(s => Scalar(s, "uses") == "actions/upload-pages-artifact@v3");
        Assert.Equal("site", Scalar(Mapping(upload, "with"), "path"));
    }
}

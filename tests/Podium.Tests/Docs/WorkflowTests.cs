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

    /// <summary>The action a step uses without its pinned commit (<c>actions/checkout</c>), or null for a <c>run:</c> step.</summary>
    private static string? Action(YamlNode step) => Scalar(step, "uses") is { } uses ? uses.Split('@')[0] : null;

    public static TheoryData<string> Workflows() => new("pr.yml", "pages.yml");

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

        var checkout = steps.Single(s => Action(s) == "actions/checkout");
        Assert.Equal("0", Scalar(Mapping(checkout, "with"), "fetch-depth"));
        Assert.Contains(runs, r => r.Contains("-- validate --format github", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("dotnet test Podium.slnx", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("-- build --base-url", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("-- diff --base", StringComparison.Ordinal) && r.Contains("$GITHUB_STEP_SUMMARY", StringComparison.Ordinal));

        var preview = steps.Single(s => Action(s) == "actions/upload-artifact" && Scalar(Mapping(s, "with"), "name") == "site-preview");
        Assert.Equal("7", Scalar(Mapping(preview, "with"), "retention-days"));
        Assert.NotEmpty(uses);
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
        Assert.Contains(Steps(deploy), s => Action(s) == "actions/deploy-pages");
    }

    [Fact]
    public void Pages_workflow_builds_with_the_base_url_from_configure_pages()
    {
        var build = Mapping(Mapping(Load("pages.yml"), "jobs"), "build");
        var steps = Steps(build);
        var configure = steps.Single(s => Action(s) == "actions/configure-pages");
        var id = Scalar(configure, "id");
        Assert.NotNull(id);
        // The URL reaches the shell as a variable, never pasted into the script by the runner.
        var buildStep = steps.Single(s => Scalar(s, "run") is { } run && run.Contains("-- build", StringComparison.Ordinal));
        var env = Mapping(buildStep, "env");
        var variable = Assert.Single(env.Children, e => ((YamlScalarNode)e.Value).Value == $"${{{{ steps.{id}.outputs.base_url }}}}");
        Assert.Contains($"--base-url \"${((YamlScalarNode)variable.Key).Value}/\"", Scalar(buildStep, "run"), StringComparison.Ordinal);
        var upload = steps.Single(s => Action(s) == "actions/upload-pages-artifact");
        Assert.Equal("site", Scalar(Mapping(upload, "with"), "path"));
    }

    /// <summary>
    /// A tag can be moved to other code by whoever controls the action's repository; a commit
    /// cannot. Every action is pinned to a full commit SHA, with the release it is in a comment
    /// so updates stay readable (and tools such as Dependabot can bump both).
    /// </summary>
    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_pinned_to_a_full_commit_sha_with_its_version_in_a_comment(string workflow)
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, ".github", "workflows", workflow))
            .Where(l => l.TrimStart().StartsWith("uses:", StringComparison.Ordinal) || l.TrimStart().StartsWith("- uses:", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"uses: [\w-]+/[\w-]+@[0-9a-f]{40} # v\d+(\.\d+)*$", l));
    }

    /// <summary>
    /// <c>${{ … }}</c> inside <c>run:</c> is pasted into the script before the shell reads it, so a
    /// value holding quotes or <c>$(…)</c> would run as code; values go through <c>env:</c> instead.
    /// </summary>
    [Theory]
    [MemberData(nameof(Workflows))]
    public void No_run_step_expands_an_expression_inside_its_script(string workflow)
    {
        var steps = Mapping(Load(workflow), "jobs").Children.Values.SelectMany(Steps).ToList();
        var runs = steps.Select(s => Scalar(s, "run")).OfType<string>().ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.DoesNotContain("${{", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Node_is_a_maintained_lts_release()
    {
        var steps = Steps(Mapping(Load("pr.yml"), "jobs").Children.Values.Single());
        var setup = steps.Single(s => Action(s) == "actions/setup-node");
        Assert.Contains(Scalar(Mapping(setup, "with"), "node-version"), new[] { "22", "24" });
    }
}

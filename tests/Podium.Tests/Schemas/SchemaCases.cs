namespace Podium.Tests.Schemas;

/// <summary>One content file of a test site, written over the baseline site's file of the same path.</summary>
/// <param name="File">Path under <c>content/</c>, e.g. <c>results/gpipe-2018.yaml</c>; it also picks the schema.</param>
internal sealed record SchemaCase(string Name, string File, string Text, string? Why = null)
{
    public override string ToString() => Name;

    /// <summary>The schema that covers <see cref="File"/>, as the modelines and the editor pick it.</summary>
    public string Schema => SchemaCases.SchemaFor(File);
}

/// <summary>
/// A small valid site, and files that break it in one way each. Every invalid file must be rejected
/// both by its schema and by <c>podium validate</c>; every valid variant accepted by both.
/// </summary>
internal static class SchemaCases
{
    public static string SchemaFor(string file) => file.Split('/') switch
    {
        ["site.yaml"] => "site.schema.json",
        ["tasks", _] => "task.schema.json",
        ["datasets", _] => "dataset.schema.json",
        ["results", _] => "results.schema.json",
        // papers/<id>.md is a paper, papers/<id>.<lang>.md a summary in another language.
        ["papers", var name] => name.Count(c => c == '.') > 1 ? "translation.schema.json" : "paper.schema.json",
        _ => throw new ArgumentException($"no schema covers `{file}`", nameof(file)),
    };

    public static readonly IReadOnlyDictionary<string, string> Baseline = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["site.yaml"] = """
            title: Test Leaderboards
            base_url: https://example.org/leaderboards/
            """,
        ["tasks/computer-vision.yaml"] = "name: Computer Vision\n",
        ["tasks/image-classification.yaml"] = """
            name: Image Classification
            parent: computer-vision
            """,
        ["datasets/cifar-10.yaml"] = """
            name: CIFAR-10
            leaderboards:
              - task: image-classification
                metrics:
                  - name: Accuracy
                    unit: "%"
                    higher_is_better: true
                  - name: Params
                    unit: M
                    higher_is_better: false
            """,
        ["papers/gpipe-2018.md"] = """
            ---
            title: "GPipe: Efficient Training of Giant Neural Networks"
            authors: [Yanping Huang, Youlong Cheng]
            date: 2018-11-16
            ---
            A summary.
            """,
        ["results/gpipe-2018.yaml"] = """
            paper: gpipe-2018
            results:
              - dataset: cifar-10
                model: GPipe (AmoebaNet-B)
                metrics:
                  Accuracy: 99.0
            """,
    };

    private static SchemaCase Site(string name, string text) => new(name, "site.yaml", text);

    private static SchemaCase Task(string name, string text) => new(name, "tasks/image-classification.yaml", text);

    private static SchemaCase Dataset(string name, string text) => new(name, "datasets/cifar-10.yaml", text);

    private static SchemaCase Paper(string name, string text) => new(name, "papers/gpipe-2018.md", text);

    private static SchemaCase Translation(string name, string text) => new(name, "papers/gpipe-2018.zh.md", text);

    private static SchemaCase Results(string name, string text) => new(name, "results/gpipe-2018.yaml", text);

    /// <summary>A results file with the file-level default <paramref name="header"/> and one result with the extra <paramref name="fields"/>.</summary>
    private static SchemaCase Result(string name, string fields, string header = "paper: gpipe-2018", string metrics = "Accuracy: 99.0") =>
        Results(name, $"""
            {header}
            results:
              - dataset: cifar-10
                model: GPipe (AmoebaNet-B)
                metrics:
                  {metrics}
            {Indent(fields, "    ")}
            """);

    private static string Indent(string text, string by) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : by + line));

    private static SchemaCase Metric(string name, string metricFields) => Dataset(name, $"""
        name: CIFAR-10
        leaderboards:
          - task: image-classification
            metrics:
              - name: Accuracy
        {Indent(metricFields, "        ")}
        """);

    private static SchemaCase PaperWith(string name, string fields) => Paper(name, $"""
        ---
        title: GPipe
        authors: [Yanping Huang]
        date: 2018-11-16
        {fields}
        ---
        """);

    public static readonly IReadOnlyList<SchemaCase> Invalid =
    [
        // site.yaml
        Site("site-unknown-key", "title: T\nbase_url: https://example.org/\ntheme: dark\n"),
        Site("site-misspelt-key", "titel: T\nbase_url: https://example.org/\n"),
        Site("site-missing-base-url", "title: T\n"),
        Site("site-empty-title", "title:\nbase_url: https://example.org/\n"),
        Site("site-blank-title", "title: \"   \"\nbase_url: https://example.org/\n"),
        Site("site-title-list", "title: [a, b]\nbase_url: https://example.org/\n"),
        Site("site-base-url-ftp", "title: T\nbase_url: ftp://example.org/\n"),
        Site("site-base-url-relative", "title: T\nbase_url: /leaderboards/\n"),
        Site("site-base-url-space", "title: T\nbase_url: \"https://example.org/my site/\"\n"),
        Site("site-language-unsupported", "title: T\nbase_url: https://example.org/\nlanguage: fr\n"),
        Site("site-repository-not-link", "title: T\nbase_url: https://example.org/\nrepository: github.com/example/leaderboards\n"),
        Site("site-not-a-mapping", "- title: T\n"),

        // tasks
        Task("task-missing-name", "parent: computer-vision\n"),
        Task("task-unknown-key", "name: Image Classification\ntitle: Image Classification\n"),
        Task("task-parent-with-spaces", "name: Image Classification\nparent: Computer Vision\n"),
        Task("task-parent-uppercase", "name: Image Classification\nparent: Computer-Vision\n"),
        Task("task-parent-leading-hyphen", "name: Image Classification\nparent: -vision\n"),
        Task("task-parent-reserved-name", "name: Image Classification\nparent: con\n"),
        Task("task-parent-too-long", $"name: Image Classification\nparent: {new string('a', 81)}\n"),
        Task("task-parent-list", "name: Image Classification\nparent: [computer-vision]\n"),
        Task("task-name-too-long", $"name: {new string('n', 501)}\n"),
        Task("task-name-mapping", "name:\n  en: Image Classification\n"),

        // datasets, leaderboards, metrics
        Dataset("dataset-missing-leaderboards", "name: CIFAR-10\n"),
        Dataset("dataset-no-leaderboards", "name: CIFAR-10\nleaderboards: []\n"),
        Dataset("dataset-missing-name", "leaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n"),
        Dataset("dataset-unknown-key", "name: CIFAR-10\nurl: https://www.cs.toronto.edu/~kriz/cifar.html\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n"),
        Dataset("dataset-homepage-not-link", "name: CIFAR-10\nhomepage: www.cs.toronto.edu/~kriz/cifar.html\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n"),
        Dataset("dataset-introduced-by-bad-id", "name: CIFAR-10\nintroduced_by: Krizhevsky 2009\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n"),
        Dataset("leaderboard-is-text", "name: CIFAR-10\nleaderboards: [image-classification]\n"),
        Dataset("leaderboard-missing-task", "name: CIFAR-10\nleaderboards:\n  - metrics:\n      - name: Accuracy\n        higher_is_better: true\n"),
        Dataset("leaderboard-bad-task-id", "name: CIFAR-10\nleaderboards:\n  - task: Image Classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n"),
        Dataset("leaderboard-unknown-key", "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n    rank: Accuracy\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n"),
        Dataset("leaderboard-missing-metrics", "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n"),
        Dataset("leaderboard-no-metrics", "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n    metrics: []\n"),
        Dataset("leaderboard-metrics-mapping", "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n    metrics:\n      Accuracy: true\n"),
        Dataset("leaderboard-rank-by-list", "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n    rank_by: [Accuracy]\n"),
        Metric("metric-missing-higher-is-better", "unit: \"%\""),
        Metric("metric-higher-is-better-quoted", "higher_is_better: \"true\""),
        Metric("metric-higher-is-better-yes", "higher_is_better: yes"),
        Metric("metric-higher-is-better-number", "higher_is_better: 1"),
        Metric("metric-higher-is-better-empty", "higher_is_better:"),
        Metric("metric-unknown-key", "higher_is_better: true\nlower_is_better: false"),
        Metric("metric-unit-too-long", $"higher_is_better: true\nunit: {new string('u', 21)}"),
        Dataset("metric-missing-name", "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n    metrics:\n      - unit: \"%\"\n        higher_is_better: true\n"),
        Dataset("metric-is-text", "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n    metrics: [Accuracy]\n"),

        // papers
        Paper("paper-missing-authors", "---\ntitle: GPipe\ndate: 2018-11-16\n---\n"),
        Paper("paper-missing-date", "---\ntitle: GPipe\nauthors: [Yanping Huang]\n---\n"),
        Paper("paper-missing-title", "---\nauthors: [Yanping Huang]\ndate: 2018-11-16\n---\n"),
        Paper("paper-no-authors", "---\ntitle: GPipe\nauthors: []\ndate: 2018-11-16\n---\n"),
        Paper("paper-authors-text", "---\ntitle: GPipe\nauthors: Yanping Huang\ndate: 2018-11-16\n---\n"),
        Paper("paper-author-empty", "---\ntitle: GPipe\nauthors: [Yanping Huang, ~]\ndate: 2018-11-16\n---\n"),
        Paper("paper-author-list", "---\ntitle: GPipe\nauthors: [[Yanping, Huang]]\ndate: 2018-11-16\n---\n"),
        Paper("paper-date-day-first", "---\ntitle: GPipe\nauthors: [Yanping Huang]\ndate: 16/11/2018\n---\n"),
        Paper("paper-date-no-day", "---\ntitle: GPipe\nauthors: [Yanping Huang]\ndate: 2018-11\n---\n"),
        Paper("paper-date-no-leading-zero", "---\ntitle: GPipe\nauthors: [Yanping Huang]\ndate: 2018-1-16\n---\n"),
        Paper("paper-date-month-13", "---\ntitle: GPipe\nauthors: [Yanping Huang]\ndate: 2018-13-01\n---\n"),
        Paper("paper-date-november-31", "---\ntitle: GPipe\nauthors: [Yanping Huang]\ndate: 2018-11-31\n---\n"),
        Paper("paper-date-february-29-2019", "---\ntitle: GPipe\nauthors: [Yanping Huang]\ndate: 2019-02-29\n---\n"),
        Paper("paper-date-february-29-1900", "---\ntitle: GPipe\nauthors: [Yanping Huang]\ndate: 1900-02-29\n---\n"),
        Paper("paper-date-year-zero", "---\ntitle: GPipe\nauthors: [Yanping Huang]\ndate: 0000-01-01\n---\n"),
        Paper("paper-date-with-time", "---\ntitle: GPipe\nauthors: [Yanping Huang]\ndate: 2018-11-16T10:00:00Z\n---\n"),
        PaperWith("paper-unknown-key", "year: 2018"),
        PaperWith("paper-arxiv-prefixed", "arxiv: \"arXiv:1811.06965\""),
        PaperWith("paper-arxiv-url", "arxiv: https://arxiv.org/abs/1811.06965"),
        PaperWith("paper-url-not-link", "url: arxiv.org/abs/1811.06965"),
        PaperWith("paper-url-mailto", "url: mailto:someone@example.org"),
        PaperWith("paper-code-not-link", "code: [github.com/tensorflow/lingvo]"),
        PaperWith("paper-code-text", "code: https://github.com/tensorflow/lingvo"),
        PaperWith("paper-tags-text", "tags: model parallelism"),
        PaperWith("paper-venue-list", "venue: [NeurIPS, 2019]"),
        Translation("translation-unknown-key", "---\ntitle: GPipe\nauthors: [Yanping Huang]\n---\n"),
        Translation("translation-title-list", "---\ntitle: [GPipe]\n---\n"),

        // results files
        Results("results-missing", "paper: gpipe-2018\n"),
        Results("results-empty", "paper: gpipe-2018\nresults: []\n"),
        Results("results-unknown-key", "papers: gpipe-2018\nresults:\n  - dataset: cifar-10\n    model: GPipe\n    paper: gpipe-2018\n    metrics:\n      Accuracy: 99.0\n"),
        Results("results-not-a-mapping", "- dataset: cifar-10\n  model: GPipe\n"),
        Results("results-file-paper-bad-id", "paper: GPipe 2018\nresults:\n  - dataset: cifar-10\n    model: GPipe\n    metrics:\n      Accuracy: 99.0\n"),
        Results("results-file-paper-and-source", "paper: gpipe-2018\nsource:\n  title: A blog\n  date: 2019-01-01\nresults:\n  - dataset: cifar-10\n    model: GPipe\n    metrics:\n      Accuracy: 99.0\n"),
        Results("results-no-paper-or-source", "results:\n  - dataset: cifar-10\n    model: GPipe\n    metrics:\n      Accuracy: 99.0\n"),
        Results("results-empty-paper-and-no-source", "paper:\nresults:\n  - dataset: cifar-10\n    model: GPipe\n    metrics:\n      Accuracy: 99.0\n"),
        Results("results-one-result-without-origin", "results:\n  - dataset: cifar-10\n    model: GPipe\n    paper: gpipe-2018\n    metrics:\n      Accuracy: 99.0\n  - dataset: cifar-10\n    model: GPipe 2\n    metrics:\n      Accuracy: 98.0\n"),
        Results("source-missing-title", "source:\n  url: https://github.com/szagoruyko/cifar.torch\n  date: 2015-07-30\nresults:\n  - dataset: cifar-10\n    model: VGG\n    metrics:\n      Accuracy: 92.45\n"),
        Results("source-unknown-key", "source:\n  title: cifar.torch\n  link: https://github.com/szagoruyko/cifar.torch\n  date: 2015-07-30\nresults:\n  - dataset: cifar-10\n    model: VGG\n    metrics:\n      Accuracy: 92.45\n"),
        Results("source-bad-date", "source:\n  title: cifar.torch\n  date: July 2015\nresults:\n  - dataset: cifar-10\n    model: VGG\n    metrics:\n      Accuracy: 92.45\n"),
        Results("source-url-not-link", "source:\n  title: cifar.torch\n  url: github.com/szagoruyko/cifar.torch\n  date: 2015-07-30\nresults:\n  - dataset: cifar-10\n    model: VGG\n    metrics:\n      Accuracy: 92.45\n"),
        Results("source-is-text", "source: cifar.torch\nresults:\n  - dataset: cifar-10\n    model: VGG\n    metrics:\n      Accuracy: 92.45\n"),
        Results("source-undated-result-undated", "source:\n  title: cifar.torch\nresults:\n  - dataset: cifar-10\n    model: VGG\n    metrics:\n      Accuracy: 92.45\n"),
        Result("result-unknown-key", "accuracy: 99.0"),
        Result("result-misspelt-metrics-key", "metric:\n  Accuracy: 99.0"),
        Results("result-missing-model", "paper: gpipe-2018\nresults:\n  - dataset: cifar-10\n    metrics:\n      Accuracy: 99.0\n"),
        Results("result-missing-dataset", "paper: gpipe-2018\nresults:\n  - model: GPipe\n    metrics:\n      Accuracy: 99.0\n"),
        Results("result-missing-metrics", "paper: gpipe-2018\nresults:\n  - dataset: cifar-10\n    model: GPipe\n"),
        Results("result-is-text", "paper: gpipe-2018\nresults:\n  - cifar-10\n"),
        Results("result-dataset-bad-id", "paper: gpipe-2018\nresults:\n  - dataset: CIFAR-10\n    model: GPipe\n    metrics:\n      Accuracy: 99.0\n"),
        Result("result-task-bad-id", "task: image_classification"),
        Results("result-model-list", "paper: gpipe-2018\nresults:\n  - dataset: cifar-10\n    model: [GPipe]\n    metrics:\n      Accuracy: 99.0\n"),
        Results("result-model-too-long", $"paper: gpipe-2018\nresults:\n  - dataset: cifar-10\n    model: {new string('m', 501)}\n    metrics:\n      Accuracy: 99.0\n"),
        Result("result-metric-quoted", "", metrics: "Accuracy: \"99.0\""),
        Result("result-metric-percent", "", metrics: "Accuracy: 99.0%"),
        Result("result-metric-quoted-percent", "", metrics: "Accuracy: \"99.0%\""),
        Result("result-metric-comma-decimal", "", metrics: "Accuracy: 99,5"),
        Result("result-metric-true", "", metrics: "Accuracy: true"),
        Result("result-metric-list", "", metrics: "Accuracy: [99.0]"),
        Result("result-metric-mapping", "", metrics: "Accuracy: {value: 99.0}"),
        Result("result-metric-words", "", metrics: "Accuracy: ninety-nine"),
        Result("result-metrics-all-empty", "", metrics: "Accuracy:"),
        Results("result-metrics-empty-mapping", "paper: gpipe-2018\nresults:\n  - dataset: cifar-10\n    model: GPipe\n    metrics: {}\n"),
        Results("result-metrics-list", "paper: gpipe-2018\nresults:\n  - dataset: cifar-10\n    model: GPipe\n    metrics: [99.0]\n"),
        Result("result-extra-quoted", "extra_training_data: \"true\""),
        Result("result-extra-yes", "extra_training_data: yes"),
        Result("result-extra-one", "extra_training_data: 1"),
        Result("result-date-slashes", "date: 2018/11/16"),
        Result("result-date-impossible", "date: 2018-02-30"),
        Result("result-code-git-url", "code: git@github.com:tensorflow/lingvo.git"),
        Result("result-code-no-scheme", "code: github.com/tensorflow/lingvo"),
        Result("result-code-list", "code: [https://github.com/tensorflow/lingvo]"),
        Result("result-paper-bad-id", "paper: GPipe"),
        Result("result-paper-and-source", "paper: gpipe-2018\nsource:\n  title: A blog\n  date: 2019-01-01"),
        Result("result-own-undated-source-undated", "source:\n  title: A blog"),
        Result("result-notes-too-long", $"notes: {new string('n', 2001)}"),

        // evidence, uncertainty and checks (content format version 2)
        Result("evidence-table-and-figure", "evidence:\n  table: \"2\"\n  figure: \"3\""),
        Result("evidence-empty", "evidence: {}"),
        Result("evidence-page-zero", "evidence:\n  page: 0"),
        Result("evidence-quote-too-long", $"evidence:\n  quote: {new string('q', 201)}"),
        Result("evidence-label-too-long", "evidence:\n  table: Table 2 of the appendix, part two"),
        Result("evidence-unknown-key", "evidence:\n  tabel: \"2\""),
        Result("uncertainty-std-without-runs", "uncertainty:\n  Accuracy: {std: 0.1}"),
        Result("uncertainty-std-and-ci95", "uncertainty:\n  Accuracy: {std: 0.1, runs: 3, ci95: [98.9, 99.1]}"),
        Result("uncertainty-neither-std-nor-ci95", "uncertainty:\n  Accuracy: {runs: 3}"),
        Result("uncertainty-std-zero", "uncertainty:\n  Accuracy: {std: 0, runs: 3}"),
        Result("uncertainty-one-run", "uncertainty:\n  Accuracy: {std: 0.1, runs: 1}"),
        Result("uncertainty-ci95-one-number", "uncertainty:\n  Accuracy: {ci95: [98.9]}"),
        Result("uncertainty-std-quoted", "uncertainty:\n  Accuracy: {std: \"0.1\", runs: 3}"),
        Result("check-unknown-kind", "checks:\n  - kind: verified\n    by: Jane Doe\n    date: 2019-01-01"),
        Result("check-reproduced-without-url", "checks:\n  - kind: reproduced\n    by: Jane Doe\n    date: 2019-01-01"),
        Result("check-without-by", "checks:\n  - kind: source-checked\n    date: 2019-01-01"),
        Result("check-unknown-key", "checks:\n  - kind: source-checked\n    by: Jane Doe\n    date: 2019-01-01\n    note: ok"),
    ];

    public static readonly IReadOnlyList<SchemaCase> Valid =
    [
        Site("site-all-fields", "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: zh\nrepository: https://github.com/example/leaderboards\n"),
        Site("site-empty-optional-fields", "title: T\ndescription:\nbase_url: https://example.org\nlanguage: ~\nrepository:\n"),
        Site("site-http-upper-case-scheme", "title: T\nbase_url: HTTP://example.org/leaderboards/\n"),
        Task("task-area-without-parent", "name: Image Classification\ndescription: |\n  Markdown *text*.\n"),
        Task("task-empty-parent", "name: Image Classification\nparent:\n"),
        Dataset("dataset-all-fields", "name: CIFAR-10\ndescription: Tiny images.\nhomepage: https://www.cs.toronto.edu/~kriz/cifar.html\nintroduced_by: gpipe-2018\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        unit: \"%\"\n        higher_is_better: True\n      - name: Params\n        higher_is_better: FALSE\n    rank_by: Params\n"),
        Dataset("dataset-empty-optional-fields", "name: CIFAR-10\ndescription: ~\nhomepage:\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        unit:\n        higher_is_better: true\n    rank_by:\n"),
        Paper("paper-all-fields", "---\ntitle: \"GPipe: Efficient Training\"\nauthors: [Yanping Huang]\ndate: 2020-02-29\nvenue: NeurIPS 2019\narxiv: \"1811.06965v2\"\nurl: https://arxiv.org/abs/1811.06965\ncode: [https://github.com/tensorflow/lingvo]\ntags: [model parallelism, pipelines]\nabstract: |\n  Text.\n---\nSummary.\n"),
        Paper("paper-old-arxiv-id-and-empty-lists", "---\ntitle: GPipe\nauthors:\n  - Yanping Huang\ndate: 2000-02-29\narxiv: cs/0112017\ncode: []\ntags:\nvenue:\n---\n"),
        Translation("translation-title", "---\ntitle: GPipe：巨型神经网络的高效训练\n---\n中文摘要。\n"),
        Translation("translation-without-front-matter", "中文摘要。\n"),
        Translation("translation-empty-front-matter", "---\n---\n中文摘要。\n"),
        Result("result-all-fields", "task: image-classification\nextra_training_data: false\ndate: 2018-11-20\ncode: https://github.com/tensorflow/lingvo\nnotes: Fine-tuned *from* ImageNet.", metrics: "Accuracy: 99.10\n      Params: 557"),
        Result("result-empty-optional-fields", "task:\nextra_training_data:\ndate: ~\ncode:\nnotes:\npaper:\nsource:", metrics: "Accuracy: -1.5\n      Params:"),
        Result("result-own-source-overrides-file-paper", "source:\n  title: A blog\n  url: https://example.org/blog\n  date: 2019-01-01"),
        Result("result-own-undated-source-with-date", "source:\n  title: A blog\ndate: 2019-01-01"),
        Result("result-own-paper-overrides-file-source", "paper: gpipe-2018", header: "source:\n  title: A blog"),
        Results("results-file-source", "source:\n  title: cifar.torch\n  url: https://github.com/szagoruyko/cifar.torch\n  date: 2015-07-30\nresults:\n  - dataset: cifar-10\n    model: VGG\n    metrics:\n      Accuracy: 92.45\n"),
        Results("results-undated-source-result-dated", "source:\n  title: cifar.torch\nresults:\n  - dataset: cifar-10\n    model: VGG\n    date: 2015-07-30\n    metrics:\n      Accuracy: 92.45\n"),
        Result("result-evidence-uncertainty-checks", "evidence:\n  table: \"2\"\n  page: 5\n  quote: \"99.10 ± 0.05\"\n  url: https://example.org/log.txt\nuncertainty:\n  Accuracy: {std: 0.05, runs: 3}\n  Params: {ci95: [556, 558], runs: 2}\nchecks:\n  - kind: reproduced\n    by: \"@jdoe\"\n    date: 2019-01-01\n    url: https://github.com/example/repro/issues/1\n    metrics:\n      Accuracy: 99.02\n  - kind: source-checked\n    by: Jane Doe\n    date: 2019-02-01\n  - kind: re-evaluated\n    by: Hugging Face\n    date: 2019-03-01\n    url: https://huggingface.co/example", metrics: "Accuracy: 99.10\n      Params: 557"),
        Result("result-empty-evidence-uncertainty-checks", "evidence:\nuncertainty:\nchecks:"),
        Result("evidence-figure-only", "evidence:\n  figure: \"A.3\""),
        Results("results-each-result-names-its-paper", "results:\n  - dataset: cifar-10\n    model: GPipe\n    paper: gpipe-2018\n    metrics:\n      Accuracy: 99.0\n  - dataset: cifar-10\n    model: VGG\n    source:\n      title: A blog\n      date: 2019-01-01\n    metrics:\n      Accuracy: 98.0\n"),
    ];

    /// <summary>
    /// Where the schema and <c>podium validate</c> part ways, pinned so that a change on either side
    /// shows. The validator reads the raw YAML text; a schema sees only the parsed value, and cannot
    /// compare values with each other or look into other files.
    /// </summary>
    public static readonly IReadOnlyList<(SchemaCase Case, bool SchemaAccepts, bool ValidatorAccepts)> Differences =
    [
        // Stricter schema: YAML reads these plain scalars as numbers; the validator takes the text as written.
        (Results("unquoted-number-as-model", "paper: gpipe-2018\nresults:\n  - dataset: cifar-10\n    model: 2012\n    metrics:\n      Accuracy: 99.0\n")
            with { Why = "model: 2012 is a number to the editor, text to the validator; quoting it satisfies both" }, false, true),
        (PaperWith("unquoted-arxiv-id", "arxiv: 1811.06965") with { Why = "an unquoted arXiv id is a number to the editor (and would lose trailing zeros); the content format quotes it" }, false, true),
        // Looser schema: number forms YAML accepts but the content format does not.
        (Result("metric-exponent", "", metrics: "Accuracy: 9.9e1") with { Why = "a schema cannot see how a number was written" }, true, false),
        (Result("metric-leading-zero", "", metrics: "Accuracy: 099.0") with { Why = "a schema cannot see how a number was written" }, true, false),
        (Result("metric-plus-sign", "", metrics: "Accuracy: +99.0") with { Why = "a schema cannot see how a number was written" }, true, false),
        (Result("metric-hexadecimal", "", metrics: "Accuracy: 0x63") with { Why = "a schema cannot see how a number was written" }, true, false),
        // Looser schema: rules that compare values or need other files.
        (Dataset("rank-by-unknown-metric", "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n    rank_by: Acuracy\n")
            with { Why = "rank_by must equal a metric name; JSON Schema cannot compare two values" }, true, false),
        (Dataset("duplicate-metric-name", "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n      - name: Accuracy\n        higher_is_better: false\n")
            with { Why = "uniqueItems compares whole items, not one field of them" }, true, false),
        (Task("own-parent", "name: Image Classification\nparent: image-classification\n") with { Why = "the id is the file name, which a schema does not see" }, true, false),
        (Result("unknown-metric", "", metrics: "Acuracy: 99.0") with { Why = "metric names are defined in the dataset file" }, true, false),
        (Results("unknown-dataset", "paper: gpipe-2018\nresults:\n  - dataset: cifar10\n    model: GPipe\n    metrics:\n      Accuracy: 99.0\n")
            with { Why = "ids are checked against the other files" }, true, false),
        (Result("uncertainty-for-metric-without-value", "uncertainty:\n  Params: {std: 0.1, runs: 3}") with { Why = "the metric names of the uncertainty are compared with the result's" }, true, false),
        (Result("ci95-without-the-value", "uncertainty:\n  Accuracy: {ci95: [98.0, 98.5]}") with { Why = "the interval is compared with the value" }, true, false),
        (Result("ci95-reversed", "uncertainty:\n  Accuracy: {ci95: [99.5, 98.5]}") with { Why = "JSON Schema cannot compare two items of a list" }, true, false),
        (Result("check-before-the-paper", "checks:\n  - kind: source-checked\n    by: Jane Doe\n    date: 2018-11-15") with { Why = "the result's date is its paper's, in another file" }, true, false),
        (Result("check-metric-without-value", "checks:\n  - kind: reproduced\n    by: Jane Doe\n    date: 2019-01-01\n    url: https://example.org/r\n    metrics:\n      Params: 500") with { Why = "the check's metric names are compared with the result's" }, true, false),
        (Site("control-character-in-title", "title: \"T\\x01\"\nbase_url: https://example.org/\n") with { Why = "characters text cannot hold are checked by the validator only" }, true, false),
    ];
}

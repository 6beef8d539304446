namespace Podium.Bench.Corpus;

/// <summary>
/// Deterministic text from small word pools: titles, abstracts, summaries, names.
/// The text is nonsense with the shape of the real thing (sentence length, Markdown features,
/// name reuse), which is what the generators' cost depends on.
/// </summary>
internal sealed class Words(Random random)
{
    private static readonly string[] Nouns =
    [
        "network", "transformer", "encoder", "decoder", "attention", "representation", "embedding",
        "benchmark", "dataset", "objective", "gradient", "optimizer", "schedule", "augmentation",
        "distillation", "pretraining", "backbone", "head", "token", "patch", "layer", "kernel",
        "convolution", "residual", "normalization", "regularizer", "loss", "policy", "reward",
        "graph", "node", "sequence", "corpus", "vocabulary", "image", "video", "frame", "sentence",
        "query", "retrieval", "memory", "mixture", "expert", "router", "sparsity", "quantization",
        "pruning", "search", "architecture", "classifier", "detector", "segmenter", "tracker",
    ];

    private static readonly string[] Adjectives =
    [
        "efficient", "scalable", "robust", "sparse", "dense", "hierarchical", "contrastive",
        "self-supervised", "semi-supervised", "multimodal", "lightweight", "deep", "shallow",
        "adaptive", "dynamic", "stochastic", "deterministic", "recurrent", "causal", "masked",
        "generative", "discriminative", "universal", "compact", "progressive", "latent",
    ];

    private static readonly string[] Verbs =
    [
        "improves", "reduces", "outperforms", "matches", "extends", "simplifies", "stabilizes",
        "accelerates", "generalizes", "combines", "replaces", "revisits", "scales", "unifies",
    ];

    private static readonly string[] FirstNames =
    [
        "Wei", "Li", "Jun", "Yan", "Hao", "Ming", "Xin", "Yu", "Anna", "Maria", "David", "John",
        "Sarah", "James", "Elena", "Ivan", "Olga", "Pierre", "Sophie", "Lukas", "Jonas", "Mei",
        "Akira", "Yuki", "Hiroshi", "Priya", "Arjun", "Rahul", "Fatima", "Omar", "Ana", "Carlos",
        "Lucia", "Marco", "Giulia", "Noah", "Emma", "Liam", "Olivia", "Mateo", "Chen", "Jia",
        "Sanjay", "Kavya", "Tomasz", "Agnieszka", "Henrik", "Ingrid", "Kwame", "Amara",
    ];

    private static readonly string[] LastNames =
    [
        "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
        "Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Martin", "Dubois", "Muller",
        "Schmidt", "Rossi", "Ricci", "Kowalski", "Nowak", "Ivanov", "Petrov", "Tanaka", "Suzuki",
        "Sato", "Kim", "Lee", "Park", "Singh", "Kumar", "Patel", "Sharma", "Haddad", "Mensah",
        "Silva", "Santos", "Costa", "Larsen", "Nielsen", "Andersson", "Okafor", "Nakamura", "Cohen", "Novak",
    ];

    public string Noun() => Pick(Nouns);
    public string Adjective() => Pick(Adjectives);

    public string Pick(string[] pool) => pool[random.Next(pool.Length)];

    /// <summary>A person's name; the pools give 2,500 names, plus a middle initial for variety.</summary>
    public string PersonName(int index) =>
        $"{FirstNames[index % FirstNames.Length]} {(char)('A' + index / 2500 % 26)}. {LastNames[index / FirstNames.Length % LastNames.Length]}";

    public string Title()
    {
        var head = $"{Capital(Adjective())} {Capital(Noun())} {Capital(Noun())}s";
        return random.Next(3) switch
        {
            0 => $"{head} for {Capital(Adjective())} {Capital(Noun())} Learning",
            1 => $"{head}: {Capital(Verbs[random.Next(Verbs.Length)])} {Capital(Noun())} {Capital(Noun())}",
            _ => $"On {Capital(Adjective())} {Capital(Noun())}s and {Capital(Noun())} {Capital(Noun())}",
        };
    }

    public string Sentence()
    {
        var words = random.Next(10, 22);
        var parts = new List<string>(words) { Capital(Article()) };
        for (var i = 1; i < words; i++)
        {
            parts.Add((i % 4) switch
            {
                0 => Verbs[random.Next(Verbs.Length)],
                1 => Adjective(),
                2 => Noun(),
                _ => random.Next(6) == 0 ? $"{random.Next(2, 98)}.{random.Next(10)}%" : Article(),
            });
        }
        return string.Join(' ', parts) + ".";
    }

    public string Paragraph(int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence()));

    /// <summary>A Markdown summary with the features real ones use: emphasis, a list, a link, code.</summary>
    public string MarkdownSummary(string paperUrl)
    {
        var lines = new List<string>
        {
            $"The **{Capital(Adjective())} {Capital(Noun())}** {Paragraph(2)}",
            "",
        };
        for (var i = random.Next(2, 5); i > 0; i--) lines.Add($"- *{Adjective()} {Noun()}*: {Sentence()}");
        lines.Add("");
        lines.Add($"{Sentence()} See [the paper]({paperUrl}) and the `{Noun()}_{Noun()}` setting.");
        return string.Join('\n', lines);
    }

    private string Article() => random.Next(3) switch { 0 => "the", 1 => "a", _ => "this" };

    public static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}

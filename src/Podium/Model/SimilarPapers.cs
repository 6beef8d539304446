using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Podium.Model;

/// <summary>
/// Finds each paper's most similar papers from its text: TF-IDF vectors compared by cosine
/// through an inverted index, so the cost follows the papers that share terms, not all pairs.
/// </summary>
/// <remarks>
/// <para>Text: the title, tags, abstract, summary and every translation's title and summary. Title
/// and tag terms count twice because they name the topic; each whole tag is also one term
/// ("#model parallelism"), since a shared curated label is a stronger link than its words.</para>
/// <para>Tokens: runs of Unicode letters and digits, lowercased with the invariant culture. A hyphen
/// followed by a digit joins ("ResNet-50" = "resnet50", "CIFAR-10" = "cifar10") because model and
/// dataset names are written both ways. Tokens shorter than two characters, pure numbers
/// (percentages, years, arXiv numbers), English stop words and URLs are dropped. Chinese, Japanese
/// and Korean text has no spaces between words, so it gives overlapping character bigrams.</para>
/// <para>Weights: TF = 1 + ln(tf) (sublinear, so a word repeated ten times is not ten times as
/// telling), IDF = ln(N / df), each vector L2-normalised over all its terms so scores are true
/// cosines. Terms in one paper only cannot link two papers, and terms in more than
/// <see cref="MaxDocumentFrequency"/> of the papers link too many to mean anything and would make
/// the index's posting lists long; neither is indexed (they still count in the norm, so dropping
/// them only lowers scores). Each paper then keeps its <see cref="TermsPerPaper"/> heaviest indexed
/// terms, which bounds both the index size (at most that many postings per paper) and the work of
/// one lookup; the dropped light terms add little to a cosine.</para>
/// <para>Lookup: for each paper (in parallel, each thread with its own accumulator array) the
/// postings of its terms add up dot products with exactly the papers that share a term; the
/// <c>top</c> best at or above the threshold are kept, ties broken by paper id (ordinal).</para>
/// <para>Determinism: a paper's terms are summed in the order they first occur in its text and
/// ranked by weight then term (ordinal), and every dot product is added in that order, so the
/// result does not depend on the input order of the papers or on the number of threads.</para>
/// <para>Speed: a build calls this once, so the hot loops are marked AggressiveOptimization; tiered
/// compilation would otherwise run much of that one call in unoptimised code (at 50,000 papers
/// the first call took nearly twice as long as later ones).</para>
public static partial class SimilarPapers
{
    /// <summary>
    /// The lowest cosine that counts as similar. On the sample site (90 papers) nearly every pair
    /// at 0.10 or more is on one topic (residual-network variants, NAS methods, pooling schemes,
    /// Bayesian optimisation), and below it unrelated pairs that share a few generic words (such as
    /// highway-networks-2015 and apl-2014 at 0.09) outnumber related ones. 6.5% of the non-zero pair
    /// scores reach it, and 11 papers get no list rather than a list of strangers.
    /// </summary>
    public const double DefaultThreshold = 0.10;

    /// <summary>Indexed terms kept per paper, the heaviest first.</summary>
    public const int TermsPerPaper = 30;

    /// <summary>Terms found in more than this fraction of the papers are not indexed.</summary>
    public const double MaxDocumentFrequency = 0.10;

    /// <summary>
    /// The document-frequency cap never goes below this, so a small site still links papers by its
    /// common topic words ("architecture" is in 33 of the sample's 90 papers); there the cap is
    /// not needed for speed, and the IDF already makes such words light.
    /// </summary>
    private const int MinDocumentFrequencyCap = 50;

    private const float TitleWeight = 2f;
    private const float TagWeight = 2f;
    private const float TextWeight = 1f;
    private const int MaxTokenLength = 64;

    /// <summary>
    /// How many similar papers a paper page lists: four, not five, as each is a title and a link on
    /// every one of 50,000 paper pages at Papers with Code's scale (the fifth was 8 MB of the site).
    /// </summary>
    public const int DefaultTop = 4;

    /// <summary>Sets <see cref="Paper.Similar"/> on every paper: its <paramref name="top"/> most similar papers, best first.</summary>
    public static void Compute(IReadOnlyList<Paper> papers, int top = DefaultTop, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var n = papers.Count;
        if (n == 0) return;

        // 1. Tokenise in parallel; each thread names terms in its own vocabulary (no locks, and no
        //    string per token: lookups use spans).
        var docs = new RawDocument[n];
        var tokenizers = new List<Tokenizer>();
        ForEachPaper(n,
            () => { var t = new Tokenizer(); lock (tokenizers) tokenizers.Add(t); return t; },
            (i, t) => docs[i] = t.Read(papers[i]));

        // 2. One vocabulary for all threads, and the document frequency of every term.
        var globalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var localToGlobal = new Dictionary<Tokenizer, int[]>();
        foreach (var t in tokenizers)
        {
            var map = new int[t.Count];
            // Stop words (the first local ids) never reach a document, so they need no global id.
            for (var i = StopWords.Length; i < map.Length; i++)
            {
                var text = t.Term(i);
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(globalIds, text, out var exists);
                if (!exists) { id = terms.Count; terms.Add(text); }
                map[i] = id;
            }
            localToGlobal.Add(t, map);
        }
        var df = new int[terms.Count];
        foreach (var doc in docs)
        {
            var map = localToGlobal[doc.Tokenizer];
            foreach (ref var term in doc.Terms.AsSpan())
            {
                term = map[term];
                df[term]++;
            }
        }

        // 3. Indexed terms are numbered in ordinal order of their text, so "weight, then number"
        //    is an order that does not depend on which thread met a term first; the others get -1.
        var maxDf = Math.Max(MinDocumentFrequencyCap, (int)(n * MaxDocumentFrequency));
        var indexed = new List<int>();
        var idf = new double[terms.Count];
        for (var id = 0; id < df.Length; id++)
        {
            if (df[id] == 0) continue; // stop words
            idf[id] = Math.Log((double)n / df[id]);
            if (df[id] >= 2 && df[id] <= maxDf && df[id] < n) indexed.Add(id);
        }
        indexed.Sort((a, b) => string.CompareOrdinal(terms[a], terms[b]));
        var number = new int[terms.Count];
        Array.Fill(number, -1);
        for (var r = 0; r < indexed.Count; r++) number[indexed[r]] = r;

        // 4. Weighted, normalised, truncated vectors.
        var vectors = new Vector[n];
        ForEachPaper(n, () => new WeighScratch(), (i, scratch) => vectors[i] = Weigh(docs[i], idf, number, scratch));

        // 5. Inverted index: term → (paper, weight), papers in input order.
        var start = new int[indexed.Count + 1];
        foreach (var v in vectors)
        {
            foreach (var term in v.Terms) start[term + 1]++;
        }
        for (var r = 0; r < indexed.Count; r++) start[r + 1] += start[r];
        var postingPaper = new int[start[^1]];
        var postingWeight = new float[start[^1]];
        var fill = start[..^1];
        for (var i = 0; i < n; i++)
        {
            var v = vectors[i];
            for (var k = 0; k < v.Terms.Length; k++)
            {
                var at = fill[v.Terms[k]]++;
                postingPaper[at] = i;
                postingWeight[at] = v.Weights[k];
            }
        }

        // Ties between equal scores go to the smaller id (ordinal): each paper's place in that order.
        var idOrder = new int[n];
        var byId = new string[n];
        var positions = new int[n];
        for (var i = 0; i < n; i++) { byId[i] = papers[i].Id; positions[i] = i; }
        Array.Sort(byId, positions, StringComparer.Ordinal);
        for (var k = 0; k < n; k++) idOrder[positions[k]] = k;

        // 6. Accumulate dot products with exactly the papers that share a term; keep the best.
        var similar = new int[n][];
        var similarScores = new float[n][];
        var minScore = (float)threshold;
        ForEachPaper(n,
            () => new Accumulator(n, top, idOrder),
            (i, acc) =>
            {
                var count = Accumulate(vectors[i], start, postingPaper, postingWeight, acc);
                (similar[i], similarScores[i]) = acc.Best(i, count, minScore);
            });

        for (var i = 0; i < n; i++)
        {
            var list = new SimilarPaper[similar[i].Length];
            for (var k = 0; k < list.Length; k++) list[k] = new SimilarPaper(papers[similar[i][k]], similarScores[i][k]);
            papers[i].Similar = list;
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> for every paper index on one worker per core, each with one
    /// state from <paramref name="init"/>. (Parallel.For's thread-local state is created again
    /// whenever its tasks are recycled, and a tokenizer's state is a whole vocabulary.)
    /// </summary>
    private static void ForEachPaper<TState>(int n, Func<TState> init, Action<int, TState> body)
    {
        const int chunk = 64;
        var workers = Math.Clamp((n + chunk - 1) / chunk, 1, Environment.ProcessorCount);
        var next = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var state = init();
            for (var c = Interlocked.Increment(ref next); c * chunk < n; c = Interlocked.Increment(ref next))
            {
                for (int i = c * chunk, end = Math.Min(n, i + chunk); i < end; i++) body(i, state);
            }
        });
    }
}

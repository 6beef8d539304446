using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Podium.Model;

/// <summary>A paper found similar to another one, with the cosine similarity of their texts (0 to 1).</summary>
public sealed record SimilarPaper(Paper Paper, double Score);

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
/// </remarks>
public static class SimilarPapers
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

    /// <summary>Sets <see cref="Paper.Similar"/> on every paper: its <paramref name="top"/> most similar papers, best first.</summary>
    public static void Compute(IReadOnlyList<Paper> papers, int top = 5, double threshold = DefaultThreshold)
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

    /// <summary>Adds the paper's dot products into <paramref name="acc"/>; returns how many papers it touched.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Accumulate(Vector v, int[] start, int[] postingPaper, float[] postingWeight, Accumulator acc)
    {
        var scores = acc.Scores;
        var touched = acc.Touched;
        var count = 0;
        for (var k = 0; k < v.Terms.Length; k++)
        {
            var w = v.Weights[k];
            var end = start[v.Terms[k] + 1];
            for (var p = start[v.Terms[k]]; p < end; p++)
            {
                var j = postingPaper[p];
                // Every product is positive, so a zero score means "not touched yet".
                if (scores[j] == 0f) touched[count++] = j;
                scores[j] += w * postingWeight[p];
            }
        }
        return count;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Vector Weigh(RawDocument doc, double[] idf, int[] number, WeighScratch scratch)
    {
        var length = doc.Terms.Length;
        if (scratch.Weights.Length < length)
        {
            scratch.Weights = new double[length * 2];
            scratch.Keys = new ulong[length * 2];
        }
        var weights = scratch.Weights;
        var count = 0;
        var norm = 0.0;
        for (var k = 0; k < length; k++)
        {
            var term = doc.Terms[k];
            var tf = doc.Frequencies[k];
            var w = (tf < LogTable.Length && tf == (int)tf ? LogTable[(int)tf] : 1 + Math.Log(tf)) * idf[term];
            weights[k] = w;
            norm += w * w;
            if (number[term] >= 0) count++;
        }
        if (count == 0 || norm == 0) return Vector.Empty;

        // Sort key: weight descending, then term number ascending, as one unsigned integer (a
        // positive float's bits order like the float).
        var keys = scratch.Keys.AsSpan(0, count);
        var scale = 1 / Math.Sqrt(norm);
        count = 0;
        for (var k = 0; k < length; k++)
        {
            var r = number[doc.Terms[k]];
            if (r < 0) continue;
            var bits = BitConverter.SingleToUInt32Bits((float)(weights[k] * scale));
            keys[count++] = ((ulong)(uint.MaxValue - bits) << 32) | (uint)r;
        }
        var kept = Math.Min(keys.Length, TermsPerPaper);
        if (kept < keys.Length) SelectSmallest(keys, kept);
        keys[..kept].Sort();
        var terms = new int[kept];
        var values = new float[kept];
        for (var k = 0; k < kept; k++)
        {
            terms[k] = (int)(keys[k] & uint.MaxValue);
            values[k] = BitConverter.UInt32BitsToSingle(uint.MaxValue - (uint)(keys[k] >> 32));
        }
        return new Vector(terms, values);
    }

    /// <summary>Moves the <paramref name="k"/> smallest keys to the front (in no order): quickselect, linear on average.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SelectSmallest(Span<ulong> keys, int k)
    {
        var target = k - 1;
        int lo = 0, hi = keys.Length - 1;
        while (lo < hi)
        {
            var pivot = keys[lo + (hi - lo) / 2];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (keys[i] < pivot) i++;
                while (keys[j] > pivot) j--;
                if (i <= j) { (keys[i], keys[j]) = (keys[j], keys[i]); i++; j--; }
            }
            if (target <= j) hi = j;
            else if (target >= i) lo = i;
            else break;
        }
    }

    /// <summary>1 + ln(tf) for the small whole counts nearly every term has.</summary>
    private static readonly double[] LogTable = [.. Enumerable.Range(0, 64).Select(tf => tf == 0 ? 0 : 1 + Math.Log(tf))];

    /// <summary>One thread's reusable buffers for <see cref="Weigh"/>.</summary>
    private sealed class WeighScratch
    {
        public double[] Weights { get; set; } = new double[256];
        public ulong[] Keys { get; set; } = new ulong[256];
    }

    /// <summary>A paper's distinct terms (first occurrence first; the tokenizer's ids, global ids after step 2) and their weighted counts.</summary>
    private readonly record struct RawDocument(Tokenizer Tokenizer, int[] Terms, float[] Frequencies);

    /// <summary>A paper's indexed terms (by number), heaviest first, with normalised weights.</summary>
    private readonly record struct Vector(int[] Terms, float[] Weights)
    {
        public static Vector Empty { get; } = new([], []);
    }

    /// <summary>One thread's scores against every paper, the papers it touched and the best so far.</summary>
    private sealed class Accumulator(int papers, int top, int[] idOrder)
    {
        public float[] Scores { get; } = new float[papers];
        public int[] Touched { get; } = new int[papers];
        private readonly int[] _best = new int[top];
        private readonly float[] _bestScores = new float[top];

        /// <summary>
        /// The best of the first <paramref name="touched"/> touched papers other than
        /// <paramref name="self"/>, best first; clears their scores for the next paper.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public (int[] Papers, float[] Scores) Best(int self, int touched, float minScore)
        {
            var count = 0;
            for (var t = 0; t < touched; t++)
            {
                var j = Touched[t];
                var score = Scores[j];
                Scores[j] = 0f;
                if (j == self || score <= 0f || score < minScore || top == 0) continue;
                if (count == top && !Better(score, j, _bestScores[top - 1], _best[top - 1])) continue;
                // Insertion into the short sorted list; when it is full the last one drops out.
                var at = count < top ? count++ : top - 1;
                while (at > 0 && Better(score, j, _bestScores[at - 1], _best[at - 1]))
                {
                    _best[at] = _best[at - 1];
                    _bestScores[at] = _bestScores[at - 1];
                    at--;
                }
                _best[at] = j;
                _bestScores[at] = score;
            }
            return (_best[..count], _bestScores[..count]);
        }

        /// <summary>Higher score first; equal scores by paper id, so the order is total and input-independent.</summary>
        private bool Better(float score, int paper, float otherScore, int other) =>
            score > otherScore || (score == otherScore && idOrder[paper] < idOrder[other]);
    }

    /// <summary>Reads one paper's text into term counts; one per thread.</summary>
    private sealed class Tokenizer
    {
        private readonly TermTable _table = new();
        private float[] _counts = new float[1024];
        private readonly List<int> _touched = [];
        private readonly char[] _buffer = new char[MaxTokenLength + 1];

        public Tokenizer()
        {
            // Stop words take the first ids, so one lookup both finds a word and rejects a stop word.
            foreach (var word in StopWords) _table.GetOrAdd(word);
        }

        /// <summary>The number of terms (local ids 0 to Count - 1); the first <see cref="StopWords"/>.Length are the stop words.</summary>
        public int Count => _table.Count;

        public string Term(int id) => _table.Text(id);

        public RawDocument Read(Paper paper)
        {
            AddText(paper.Title, TitleWeight);
            foreach (var tag in paper.Tags)
            {
                AddText(tag, TagWeight);
                AddTag(tag);
            }
            AddText(paper.Abstract, TextWeight);
            AddText(paper.Summary, TextWeight);
            foreach (var translation in paper.Translations)
            {
                AddText(translation.Title, TitleWeight);
                AddText(translation.Summary, TextWeight);
            }

            var terms = _touched.ToArray();
            var frequencies = new float[terms.Length];
            for (var k = 0; k < terms.Length; k++)
            {
                frequencies[k] = _counts[terms[k]];
                _counts[terms[k]] = 0f;
            }
            _touched.Clear();
            return new RawDocument(this, terms, frequencies);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddText(string? text, float weight)
        {
            if (string.IsNullOrEmpty(text)) return;
            var span = text.AsSpan();
            var buffer = _buffer;
            var i = 0;
            while (i < span.Length)
            {
                var c = span[i];
                if (c < 128)
                {
                    if (AsciiLower[c] == 0) { i++; continue; }
                    if (c is 'h' or 'H' or 'w' or 'W' && IsUrlStart(span[i..]))
                    {
                        while (i < span.Length && !char.IsWhiteSpace(span[i]) && span[i] is not (')' or ']' or '>' or '"')) i++;
                        continue;
                    }
                }
                else if (IsCjk(c))
                {
                    var runStart = i;
                    while (i < span.Length && IsCjk(span[i])) i++;
                    for (var k = runStart; k + 1 < i; k++) Add(span.Slice(k, 2), weight);
                    continue;
                }
                else if (!IsWordChar(c)) { i++; continue; }

                var length = 0;
                var hasLetter = false;
                while (true)
                {
                    for (; i < span.Length; i++)
                    {
                        var ch = span[i];
                        if (ch < 128)
                        {
                            ch = AsciiLower[ch];
                            if (ch == 0) break;
                            hasLetter |= ch >= 'a';
                        }
                        else
                        {
                            if (IsCjk(ch) || !IsWordChar(ch)) break;
                            hasLetter |= !char.IsDigit(ch);
                            ch = char.ToLowerInvariant(ch);
                        }
                        if (length < buffer.Length) buffer[length++] = ch;
                    }
                    if (hasLetter && i + 1 < span.Length && span[i] == '-' && char.IsAsciiDigit(span[i + 1])) { i++; continue; }
                    break;
                }
                if (length >= 2 && length <= MaxTokenLength && hasLetter) Add(buffer.AsSpan(0, length), weight);
            }
        }

        /// <summary>The whole tag as one term; '#' never occurs in a word, so it cannot collide with one.</summary>
        private void AddTag(string tag)
        {
            var text = tag.Trim();
            if (text.Length == 0 || text.Length >= MaxTokenLength) return;
            _buffer[0] = '#';
            var length = 1;
            var space = false;
            foreach (var ch in text)
            {
                if (char.IsWhiteSpace(ch)) { space = true; continue; }
                if (space) { _buffer[length++] = ' '; space = false; }
                _buffer[length++] = char.ToLowerInvariant(ch);
            }
            Add(_buffer.AsSpan(0, length), TagWeight);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Add(ReadOnlySpan<char> token, float weight)
        {
            var id = _table.GetOrAdd(token);
            if (id < StopWords.Length) return;
            if (id >= _counts.Length) Array.Resize(ref _counts, _counts.Length * 2);
            if (_counts[id] == 0f) _touched.Add(id);
            _counts[id] += weight;
        }
    }

    /// <summary>
    /// A term → id table for one thread: open addressing over slots that hold the hash, id and
    /// place of the term's characters in one shared array, so a lookup touches two cache lines
    /// (the slot and the characters) instead of a dictionary's bucket, entry and string.
    /// </summary>
    private sealed class TermTable
    {
        private Slot[] _slots = new Slot[4096];
        private char[] _chars = new char[65536];
        private int _used;
        private readonly List<(int Offset, int Length)> _terms = [];

        public int Count => _terms.Count;

        public string Text(int id) => new(_chars, _terms[id].Offset, _terms[id].Length);

        /// <summary>The id of <paramref name="token"/> (never empty: an empty slot has length 0), added if new.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int GetOrAdd(ReadOnlySpan<char> token)
        {
            var hash = Hash(token);
            var mask = _slots.Length - 1;
            for (var i = hash & mask; ; i = (i + 1) & mask)
            {
                ref var slot = ref _slots[i];
                if (slot.Length == 0) return Add(ref slot, hash, token);
                if (slot.Hash == hash && slot.Length == token.Length && token.SequenceEqual(_chars.AsSpan(slot.Offset, slot.Length))) return slot.Id;
            }
        }

        private int Add(ref Slot slot, int hash, ReadOnlySpan<char> token)
        {
            if (_used + token.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + token.Length));
            token.CopyTo(_chars.AsSpan(_used));
            var id = _terms.Count;
            slot = new Slot(hash, id, _used, token.Length);
            _terms.Add((_used, token.Length));
            _used += token.Length;
            // At most half full, so probe runs stay short.
            if (_terms.Count * 2 > _slots.Length) Grow();
            return id;
        }

        private void Grow()
        {
            var slots = new Slot[_slots.Length * 2];
            var mask = slots.Length - 1;
            foreach (var slot in _slots)
            {
                if (slot.Length == 0) continue;
                var i = slot.Hash & mask;
                while (slots[i].Length != 0) i = (i + 1) & mask;
                slots[i] = slot;
            }
            _slots = slots;
        }

        /// <summary>FNV-1a over the characters, then mixed so the low bits (the slot) depend on all of them.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static int Hash(ReadOnlySpan<char> token)
        {
            var h = 2166136261u;
            foreach (var c in token) h = (h ^ c) * 16777619u;
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            return (int)(h & int.MaxValue);
        }

        private readonly record struct Slot(int Hash, int Id, int Offset, int Length);
    }

    /// <summary>A letter, digit or combining mark (so decomposed accents stay inside their word); for non-ASCII characters.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Han, kana and Hangul: scripts written without spaces between words.</summary>
    private static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF66' and <= '\uFF9F');

    private static bool IsUrlStart(ReadOnlySpan<char> text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>ASCII letters and digits lowercased; 0 for every other ASCII character (a separator).</summary>
    private static readonly char[] AsciiLower = [.. Enumerable.Range(0, 128).Select(c => (char)c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 'a' - 'A'),
        (>= 'a' and <= 'z') or (>= '0' and <= '9') => (char)c,
        _ => '\0',
    })];

    private static readonly string[] StopWords =
    [
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be",
        "became", "because", "become", "becomes", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either",
        "else", "enough", "etc", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "ie",
        "if", "in", "into", "is", "it", "its", "itself", "just", "less", "made", "make", "makes", "many", "may",
        "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of",
        "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others", "our", "ours", "ourselves",
        "out", "over", "own", "per", "rather", "same", "several", "she", "should", "since", "so", "some", "such",
        "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "thereby", "therefore",
        "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up",
        "upon", "us", "used", "uses", "using", "very", "via", "was", "we", "well", "were", "what", "when", "where",
        "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
        "yet", "you", "your", "yours", "yourself", "yourselves",
    ];
}

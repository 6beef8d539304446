using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Podium.Model;

// Scoring: TF-IDF weights, the inverted index's dot products and the top-k selection.
public static partial class SimilarPapers
{
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
}

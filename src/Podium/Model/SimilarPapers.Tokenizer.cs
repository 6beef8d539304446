using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Podium.Model;

// Reading text into terms: the per-thread tokenizer, its term table and the character classes.
public static partial class SimilarPapers
{
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

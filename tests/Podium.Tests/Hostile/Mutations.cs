using System.Text;
using System.Text.RegularExpressions;

namespace Podium.Tests.Hostile;

/// <summary>
/// Seeded edits of one content file, of the kinds a careless or hostile pull request makes. Each
/// returns what it did, so a failure names the file, the place and the seed to reproduce it.
/// All randomness comes from the <see cref="Random"/> passed in.
/// </summary>
internal static partial class Mutations
{
    public static readonly string[] Names =
        ["delete-key-line", "reshape-value", "truncate", "duplicate-line", "insert-random-bytes", "swap-lines", "empty-file"];

    // A line holding a key: `name: value`, `- task: x`, `metrics:`.
    [GeneratedRegex(@"^\s*(- )?[^\s#:][^:]*:(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();

    // A key with a scalar value after it on the same line.
    [GeneratedRegex(@"^(\s*(?:- )?[^\s#:][^:]*:) +(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ScalarLine();

    /// <summary>
    /// Picks the file to change: first a kind (site.yaml, tasks, datasets, papers, results), so the
    /// few files that everything refers to are hit as often as the many papers and results.
    /// Truncation prefers files with multi-byte characters half the time, to cut inside one.
    /// </summary>
    public static string PickFile(string mutation, Random random, string contentDirectory, IReadOnlyList<string> files)
    {
        if (mutation == "truncate" && random.Next(2) == 0)
        {
            var wide = files.Where(f => File.ReadAllBytes(f).Any(b => b >= 0x80)).ToList();
            if (wide.Count > 0) return wide[random.Next(wide.Count)];
        }
        var kinds = files.GroupBy(f => Path.GetRelativePath(contentDirectory, f).Split(Path.DirectorySeparatorChar)[0], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var kind = kinds[random.Next(kinds.Count)].ToList();
        return kind[random.Next(kind.Count)];
    }

    /// <summary>Changes <paramref name="path"/> in place and says how.</summary>
    public static string Apply(string mutation, Random random, string path)
    {
        var bytes = File.ReadAllBytes(path);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        string done;
        switch (mutation)
        {
            case "delete-key-line":
            {
                var candidates = Indexes(lines, l => KeyLine().IsMatch(l));
                var at = candidates.Count > 0 ? candidates[random.Next(candidates.Count)] : random.Next(lines.Count);
                done = $"deleted line {at + 1} `{lines[at]}`";
                lines.RemoveAt(at);
                break;
            }
            case "reshape-value":
            {
                var scalars = Indexes(lines, l => ScalarLine().IsMatch(l));
                var openers = Indexes(lines, l => l.TrimEnd().EndsWith(':') && KeyLine().IsMatch(l));
                // A scalar becomes a list or mapping, or a key that opens a block gets a scalar too.
                if (scalars.Count > 0 && (openers.Count == 0 || random.Next(3) > 0))
                {
                    var at = scalars[random.Next(scalars.Count)];
                    var shape = random.Next(3) switch { 0 => "[a, b]", 1 => "{x: 1}", _ => "\n  - listed" };
                    done = $"line {at + 1} `{lines[at]}`: value replaced by `{shape.Replace("\n", "⏎", StringComparison.Ordinal)}`";
                    lines[at] = ScalarLine().Replace(lines[at], "$1 " + shape);
                }
                else if (openers.Count > 0)
                {
                    var at = openers[random.Next(openers.Count)];
                    done = $"line {at + 1} `{lines[at]}`: block replaced by a scalar";
                    lines[at] = lines[at].TrimEnd() + " scalar";
                }
                else
                {
                    done = "no key to reshape; file left as it was";
                }
                break;
            }
            case "truncate":
            {
                // Half the cuts land on a UTF-8 continuation byte, inside a character, when there is one.
                var continuation = Enumerable.Range(0, bytes.Length).Where(i => (bytes[i] & 0xC0) == 0x80).ToList();
                var offset = continuation.Count > 0 && random.Next(2) == 0
                    ? continuation[random.Next(continuation.Count)]
                    : random.Next(bytes.Length + 1);
                File.WriteAllBytes(path, bytes[..offset]);
                return $"truncated to {offset} of {bytes.Length} bytes";
            }
            case "duplicate-line":
            {
                var at = random.Next(lines.Count);
                done = $"duplicated line {at + 1} `{lines[at]}`";
                lines.Insert(at, lines[at]);
                break;
            }
            case "insert-random-bytes":
            {
                var offset = random.Next(bytes.Length + 1);
                var noise = new byte[random.Next(1, 17)];
                random.NextBytes(noise);
                File.WriteAllBytes(path, [.. bytes[..offset], .. noise, .. bytes[offset..]]);
                return $"inserted {Convert.ToHexString(noise)} at byte {offset}";
            }
            case "swap-lines":
            {
                var a = random.Next(lines.Count);
                var b = lines.Count < 2 ? a : (a + random.Next(1, lines.Count)) % lines.Count; // two different lines
                done = $"swapped lines {a + 1} `{lines[a]}` and {b + 1} `{lines[b]}`";
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            }
            case "empty-file":
                File.WriteAllBytes(path, []);
                return "emptied";
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, "unknown mutation");
        }
        File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return done;
    }

    private static List<int> Indexes(List<string> lines, Func<string, bool> match) =>
        Enumerable.Range(0, lines.Count).Where(i => match(lines[i])).ToList();
}

using System.Security.Cryptography;
using System.Text;

namespace Podium.Model;

/// <summary>
/// Gives every result of a leaderboard its <see cref="Result.Key"/>. The key hashes what makes a
/// result unique (model and paper, or model and source; duplicates are rejected by validation),
/// so badges embedded in READMEs and feed entries keep their address as the leaderboard changes.
/// </summary>
public static class ResultKeys
{
    private const int HexDigits = 10;

    public static void Assign(Leaderboard leaderboard)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Rows are in a total order, so should two hashes ever collide the suffixes are still stable.
        foreach (var result in leaderboard.Rows)
        {
            var hash = Hash(result);
            var key = "r-" + hash;
            for (var n = 2; !used.Add(key); n++) key = $"r-{hash}-{n}";
            result.Key = key;
        }
    }

    private static string Hash(Result result)
    {
        var identity = result.Paper is { } paper ? $"{result.Model}\n{paper.Id}" : $"{result.Model}\nsource:{result.Source!.Title}";
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(identity), digest);
        // The first HexDigits hex digits of the digest: half as many of its bytes.
        return Convert.ToHexStringLower(digest[..(HexDigits / 2)]);
    }
}

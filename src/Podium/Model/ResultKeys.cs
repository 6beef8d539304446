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
            var key = "r-" + Hash(result);
            for (var n = 2; !used.Add(key); n++) key = $"r-{Hash(result)}-{n}";
            result.Key = key;
        }
    }

    private static string Hash(Result result)
    {
        var identity = result.Paper is { } paper ? $"{result.Model}\n{paper.Id}" : $"{result.Model}\nsource:{result.Source!.Title}";
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return Convert.ToHexStringLower(digest)[..HexDigits];
    }
}

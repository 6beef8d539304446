using System.Globalization;
using Podium.Tests.Support;

namespace Podium.Tests.Hostile;

/// <summary>
/// Writes how many hostile cases passed to test-output/report/hostile.txt for the CI log. Every
/// passing case rewrites the file with the running count, so the last one leaves the total; cases
/// of other classes may run at the same time, hence the lock.
/// </summary>
internal static class HostileReport
{
    private static readonly Lock Gate = new();
    private static int _checked;

    public static string Folder => Path.Combine(Repo.Root, "test-output", "report");

    public static void CaseChecked()
    {
        lock (Gate)
        {
            _checked++;
            Directory.CreateDirectory(Folder);
            File.WriteAllText(Path.Combine(Folder, "hostile.txt"), string.Create(CultureInfo.InvariantCulture,
                $"hostile input: {_checked} cases checked, all gave diagnostics or safe output\n"));
        }
    }
}

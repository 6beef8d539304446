namespace Podium.Tests.Support;

/// <summary>Edits of content files by tests, checked: an edit whose target text moved would otherwise change nothing and test nothing.</summary>
public static class FileEdit
{
    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a file; fails when it is missing or not unique.</summary>
    public static void ReplaceOnce(string path, string old, string replacement)
    {
        var text = File.ReadAllText(path);
        var first = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(first >= 0, $"`{old}` not found in {path}: the edit would change nothing");
        Assert.True(text.IndexOf(old, first + 1, StringComparison.Ordinal) < 0, $"`{old}` is in {path} more than once");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + old.Length)));
    }
}

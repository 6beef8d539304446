using System.Globalization;
using Podium.Write;

namespace Podium.Cli;

/// <summary>The site's size by section and its largest pages, as <c>build</c> prints them at the end.</summary>
internal static class SizeTable
{
    public static void Print(SiteSize size, TextWriter to)
    {
        var n = CultureInfo.InvariantCulture;
        to.WriteLine($"Site size: {SiteSize.Format(size.Bytes)} in {size.Files.ToString("N0", n)} files (GitHub Pages accepts up to 1 GB)");
        to.WriteLine($"  {"section",-30}{"files",9}{"size",11}{"share",7}{"largest file",14}");
        foreach (var s in size.Sections)
        {
            var share = size.Bytes == 0 ? 0 : 100.0 * s.Bytes / size.Bytes;
            to.WriteLine($"  {s.Name,-30}{s.Files.ToString("N0", n),9}{SiteSize.Format(s.Bytes),11}{share.ToString("0", n) + "%",7}{SiteSize.Format(s.LargestFile),14}");
        }
        if (size.Largest.Count > 0)
        {
            to.WriteLine("  largest pages: " + string.Join(", ", size.Largest.Select(p => $"{p.Path} ({SiteSize.Format(p.Bytes)})")));
        }
    }
}

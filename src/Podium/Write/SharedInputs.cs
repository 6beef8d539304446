using System.Reflection;
using Podium.Model;
using Podium.Render;

namespace Podium.Write;

/// <summary>
/// What every output file depends on besides its own inputs: this build of Podium and the
/// libraries it renders with, every file under templates/ (pages, partials, assets, UI strings),
/// the UI strings in use and the site's settings (base URL, language, title). Its hash is the key of the
/// <see cref="OutputCache"/>: when any of these changes, every file is rendered again.
/// </summary>
public static class SharedInputs
{
    public static UInt128 Hash(string templatesDirectory, IReadOnlyDictionary<string, string> uiStrings, SiteInfo site)
    {
        var hash = new Fingerprint();
        // The module id changes with every compilation of Podium, so a new version (or a local
        // change to a renderer) never trusts files an older one produced.
        var podium = typeof(SharedInputs).Assembly;
        hash.Add(podium.ManifestModule.ModuleVersionId.ToString());
        foreach (var library in podium.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal)) hash.Add(library);

        var root = Path.GetFullPath(templatesDirectory);
        if (Directory.Exists(root))
        {
            var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                hash.Add(Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'));
                hash.Add(Fingerprint.OfBytes(File.ReadAllBytes(file)));
            }
        }

        foreach (var (key, value) in uiStrings.OrderBy(s => s.Key, StringComparer.Ordinal)) hash.Add(key).Add(value);
        hash.Add(site.BaseUrl.AbsoluteUri).Add(site.Language).Add(site.Title).Add(site.Description).Add(site.Repository);
        return hash.Finish();
    }
}

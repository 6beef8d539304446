using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>The sample site and the fixture sites are built once per test run, however many classes read them.</summary>
public sealed class SharedBuildTests
{
    [Fact]
    public void Every_reader_of_a_fixture_site_gets_the_same_build_and_disposing_it_keeps_it()
    {
        using var first = new SotaSiteFixture();
        using var second = new SotaSiteFixture();
        Assert.Same(first.Site, second.Site);
        Assert.Same(first.Site, BuiltSite.Shared(Repo.Fixture("valid", "sota") + "/content"));
        Assert.NotSame(first.Site, BuiltSite.Shared(Repo.Fixture("valid", "sota") + "/content", new Uri("https://example.org/other/")));

        // A class that disposes what it was given must not delete the folder other classes read.
        first.Dispose();
        first.Site.Dispose();
        Assert.True(File.Exists(Path.Combine(second.Site.Output, "index.html")));
    }

    [Fact]
    public void A_site_built_with_new_is_its_own_and_is_deleted_on_dispose()
    {
        var own = new BuiltSite(Repo.Fixture("valid", "sota") + "/content");
        Assert.NotSame(own, BuiltSite.Shared(Repo.Fixture("valid", "sota") + "/content"));
        own.Dispose();
        Assert.False(Directory.Exists(own.Output));
    }
}

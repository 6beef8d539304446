using Podium.Validate;

namespace Podium.Tests.Validate;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2018-11-16", 2018, 11, 16)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void Reads_valid_dates(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), IsoDate.TryParse(text));

    [Theory]
    [InlineData("2019-02-29")]
    [InlineData("2018-13-01")]
    [InlineData("2018-00-10")]
    [InlineData("2018-11-31")]
    [InlineData("0000-01-01")]
    [InlineData("2018-1-16")]
    [InlineData("2018/11/16")]
    [InlineData("2018-11-16T00")]
    [InlineData("２０１８-11-16")]
    [InlineData("")]
    public void Rejects_anything_else(string text) => Assert.Null(IsoDate.TryParse(text));
}

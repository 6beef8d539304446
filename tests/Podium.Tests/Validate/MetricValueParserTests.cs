using Podium.Diagnostics;
using Podium.Load.Yaml;
using Podium.Validate;

namespace Podium.Tests.Validate;

public sealed class MetricValueParserTests
{
    private static YamlScalar Plain(string text) => new(SourcePosition.Start, text, isPlain: true);

    [Theory]
    [InlineData("99.0", 99.0)]
    [InlineData("99.10", 99.1)]
    [InlineData("557", 557)]
    [InlineData("-1.5", -1.5)]
    [InlineData("0", 0)]
    [InlineData("0.001", 0.001)]
    public void Accepts_plain_decimals_and_keeps_the_digits(string text, double expected)
    {
        var (value, problem, _) = MetricValueParser.Parse(Plain(text));
        Assert.Null(problem);
        Assert.Equal(text, value!.Value.Text);
        Assert.Equal((decimal)expected, value.Value.Value);
    }

    [Theory]
    [InlineData("99,5", "`99.5`")]
    [InlineData(".nan", "finite")]
    [InlineData("-.inf", "finite")]
    [InlineData("010", "leading zeros")]
    [InlineData("0x1F", "hexadecimal")]
    [InlineData("0o17", "octal")]
    [InlineData("1e5", "exponents")]
    [InlineData("99.0%", "without `%`")]
    [InlineData("+3", "`+`")]
    [InlineData(".5", "`0.5`")]
    [InlineData("true", "plain decimal")]
    public void Rejects_other_forms_with_a_hint_that_says_how_to_write_them(string text, string hintPart)
    {
        var (value, problem, hint) = MetricValueParser.Parse(Plain(text));
        Assert.Null(value);
        Assert.Contains($"`{text}`", problem);
        Assert.Contains(hintPart, hint);
    }

    [Fact]
    public void Quoted_numbers_are_text()
    {
        var (value, problem, hint) = MetricValueParser.Parse(new YamlScalar(SourcePosition.Start, "99.0%", isPlain: false));
        Assert.Null(value);
        Assert.Contains("is text", problem);
        Assert.Contains("without quotes", hint);
    }
}

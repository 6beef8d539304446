using Podium.Validate;

namespace Podium.Tests.Validate;

public sealed class UnprintableTests
{
    [Theory]
    [InlineData("", null)]
    [InlineData("Deep Residual Learning", null)]
    [InlineData("tabs\tand\nline breaks\r\n", null)]
    [InlineData("Zoë 汉字 😀 ~", null)]
    [InlineData("a\u0001b", 0x1)]
    [InlineData("ok until here\n\u007f", 0x7F)]
    [InlineData("next line \u0085", 0x85)]
    [InlineData("x\ufffe", 0xFFFE)]
    [InlineData("\ufdd0", 0xFDD0)]
    [InlineData("plane one noncharacter \ud83f\udffe", 0x1FFFE)]
    public void The_first_character_text_cannot_hold_is_found_wherever_it_is(string text, int? expected) =>
        Assert.Equal(expected, FieldReader.FirstUnprintable(text));

    // Built here: a test case's data would not keep an unpaired surrogate.
    [Fact]
    public void An_unpaired_surrogate_is_found()
    {
        Assert.Equal(0xD83D, FieldReader.FirstUnprintable("lone " + (char)0xD83D + " surrogate"));
        Assert.Equal(0xDE00, FieldReader.FirstUnprintable("lone low " + (char)0xDE00));
    }
}

using Podium.Render.Charts;

namespace Podium.Tests.Render.Charts;

public sealed class AxisTicksTests
{
    [Fact]
    public void Number_ticks_are_round_and_enclose_the_values()
    {
        Assert.Equal(["75", "80", "85", "90", "95", "100"], AxisTicks.Numbers(75.86, 99.0).Select(t => t.Label));
        Assert.Equal(["2.5", "3.0", "3.5", "4.0", "4.5", "5.0", "5.5", "6.0", "6.5", "7.0", "7.5"],
            AxisTicks.Numbers(2.5, 7.25, target: 10).Select(t => t.Label));
        Assert.Equal(["0.10", "0.12", "0.14"], AxisTicks.Numbers(0.101, 0.139, target: 2).Select(t => t.Label));
    }

    [Fact]
    public void A_single_value_still_gets_a_range()
    {
        var ticks = AxisTicks.Numbers(42, 42);
        Assert.True(ticks[0].Value < 42 && ticks[^1].Value > 42);
    }

    [Fact]
    public void Date_ticks_are_years_or_months_for_short_spans()
    {
        Assert.Equal(["2012", "2014", "2016", "2018"],
            AxisTicks.Dates(new DateOnly(2011, 2, 1), new DateOnly(2019, 12, 1)).Select(t => t.Label));
        Assert.Equal(["2020-03", "2020-05", "2020-07", "2020-09", "2020-11"],
            AxisTicks.Dates(new DateOnly(2020, 2, 10), new DateOnly(2020, 11, 1)).Select(t => t.Label));
    }
}

public sealed class ValueAxisTests
{
    [Fact]
    public void Small_differences_are_drawn_on_an_axis_at_least_a_twentieth_of_the_values_tall()
    {
        var ticks = ValueAxis.Ticks([91.3, 91.7], percent: true);
        Assert.True(ticks[0].Value <= 91.7 * 0.95, $"starts at {ticks[0].Label}");
        Assert.True(ticks[^1].Value >= 91.7 && ticks[^1].Value <= 100);
    }

    [Fact]
    public void Percentages_stop_at_100_and_counts_at_0()
    {
        Assert.Equal(100, ValueAxis.Ticks([98.5, 99.7], percent: true)[^1].Value);
        Assert.Equal(0, ValueAxis.Ticks([0.2, 1.5, 3], percent: false)[0].Value);
    }
}

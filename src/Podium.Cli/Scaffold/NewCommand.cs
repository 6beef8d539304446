using System.CommandLine;
using Podium.Scaffold;

namespace Podium.Cli.Scaffold;

/// <summary>
/// <c>new paper</c> and <c>new result</c>: the options, and printing what
/// <see cref="ContentScaffold"/> did. Nothing is fetched from the network.
/// </summary>
internal static class NewCommand
{
    public static Command Create(Option<string> content)
    {
        var paperId = new Argument<string>("paper-id") { Description = "Id of the paper: the file name without .md, e.g. gpipe-2018" };
        var paper = new Command("paper", "Write content/papers/<paper-id>.md with every field explained") { paperId, content };
        paper.SetAction(parsed => Print(ContentScaffold.NewPaper(parsed.GetValue(content)!, parsed.GetValue(paperId)!)));

        var resultPaper = new Argument<string>("paper-id") { Description = "Id of the paper the results come from" };
        var dataset = new Option<string>("--dataset") { Description = "Id of the dataset the results are on", Required = true };
        var task = new Option<string?>("--task") { Description = "Task of the leaderboard; needed when the dataset has several" };
        var result = new Command("result", "Write or extend content/results/<paper-id>.yaml with a result to fill in")
        {
            resultPaper, dataset, task, content,
        };
        result.SetAction(parsed => Print(ContentScaffold.NewResult(
            parsed.GetValue(content)!, parsed.GetValue(resultPaper)!, parsed.GetValue(dataset)!, parsed.GetValue(task))));

        return new Command("new", "Write a skeleton file for a new paper or result") { paper, result };
    }

    private static int Print(ScaffoldResult result)
    {
        foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
        if (result.Succeeded) Console.WriteLine(result.Message);
        else Console.Error.WriteLine($"error: {result.Message}");
        if (result.Fallback is { } text) Console.Write(text);
        if (result.Note is { } note) Console.Error.WriteLine($"note: {note}");
        return result.ExitCode;
    }
}

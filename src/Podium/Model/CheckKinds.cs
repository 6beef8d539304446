namespace Podium.Model;

/// <summary>The spelling of <see cref="CheckKind"/> in content files, exports and pages' data attributes.</summary>
public static class CheckKinds
{
    public static readonly IReadOnlyList<string> Names = ["reproduced", "re-evaluated", "source-checked"];

    public static string Name(CheckKind kind) => kind switch
    {
        CheckKind.Reproduced => "reproduced",
        CheckKind.ReEvaluated => "re-evaluated",
        _ => "source-checked",
    };

    public static CheckKind? Parse(string name) => name switch
    {
        "reproduced" => CheckKind.Reproduced,
        "re-evaluated" => CheckKind.ReEvaluated,
        "source-checked" => CheckKind.SourceChecked,
        _ => null,
    };
}

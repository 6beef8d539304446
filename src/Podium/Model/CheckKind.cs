namespace Podium.Model;

/// <summary>What an independent check of a result did.</summary>
public enum CheckKind
{
    /// <summary>Someone trained and evaluated the model again.</summary>
    Reproduced,

    /// <summary>Someone evaluated the published weights again.</summary>
    ReEvaluated,

    /// <summary>Someone confirmed the numbers in the cited table or figure.</summary>
    SourceChecked,
}

namespace Podium.Diagnostics;

/// <summary>
/// How serious a diagnostic is. Errors stop a build; warnings are reported and stop nothing,
/// unless the caller asks for warnings to count as errors (<c>--warnings-as-errors</c>).
/// </summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}

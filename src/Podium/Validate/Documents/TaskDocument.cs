using Podium.Diagnostics;

namespace Podium.Validate.Documents;

/// <summary>The checked content of one <c>tasks/&lt;id&gt;.yaml</c>.</summary>
public sealed record TaskDocument(string File, string Id, string Name, Located<string>? Parent, string? Description);

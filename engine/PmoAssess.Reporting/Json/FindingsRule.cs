using PmoAssess.Outcomes;

namespace PmoAssess.Reporting.Json;

/// <summary>A rule as a <c>findings.json</c> file records it. Immutable.</summary>
public sealed record FindingsRule
{
    /// <summary>The rule's id, e.g. <c>GOV-001</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The requirement, in a line.</summary>
    public required string Title { get; init; }

    /// <summary>The rule's default severity when the file was written.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The PMO function it belongs to, e.g. <c>governance</c>.</summary>
    public required string Category { get; init; }

    /// <summary>Where the rule came from: a ruleset or plugin id.</summary>
    public required string Source { get; init; }
}

using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Policy;

/// <summary>One accepted finding of a baseline.</summary>
public sealed record BaselineEntry(string Rule, EntityKind SubjectKind, string Subject, Severity Severity, string? Message);

using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Benchmarks.HandWritten;

/// <summary>One built-in rule written out by hand: its id, subject kind and verdict (<c>null</c>: not applicable).</summary>
internal sealed record HandRule(string Id, EntityKind Kind, Func<Fact, DateOnly, Verdict?> Assess);

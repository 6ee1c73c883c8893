namespace PmoAssess.Testing;

/// <summary>A rule class and who supplied it (a plugin id, or the rule's assembly name).</summary>
internal sealed record RuleSource(Type RuleType, string Source);

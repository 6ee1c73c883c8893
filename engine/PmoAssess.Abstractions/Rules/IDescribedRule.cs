using PmoAssess.Outcomes;

namespace PmoAssess.Rules;

/// <summary>A rule that says what it is. Every rule the engine runs implements it; <see cref="SubjectRule{TSubject}"/> does.</summary>
public interface IDescribedRule
{
    /// <summary>What the rule is.</summary>
    RuleDescriptor Descriptor { get; }
}

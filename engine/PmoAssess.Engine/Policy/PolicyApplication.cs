using System.Globalization;
using PmoAssess.Assessment;
using PmoAssess.Outcomes;
using PmoAssess.Scoring;

namespace PmoAssess.Policy;

/// <summary>Applies a policy to an assessment: severities, waivers, the baseline and the gate.</summary>
public static class PolicyApplication
{
    /// <summary>Judges <paramref name="result"/> by <paramref name="policy"/>, against <paramref name="baseline"/> if any.</summary>
    public static PolicyVerdict Apply(AssessmentResult result, EffectivePolicy policy, Baseline? baseline = null, MaturityAssessment? maturity = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(policy);
        var asOf = result.AsOf;
        var waivers = policy.File?.Waivers ?? [];
        var inForce = waivers.Where(waiver => !waiver.IsExpired(asOf)).ToList();
        var findings = InForce(result.Findings, policy);

        // What counts is the findings less those set apart, held as their places rather than copied: an assessment's
        // findings may be made when read, and a copy would make and keep millions of them.
        var waived = new List<(Finding, Waiver)>();
        var baselined = new List<Finding>();
        var setApart = new List<int>();
        // Without a waiver in force or a baseline nothing is set apart: no finding need be made to ask.
        var anySetApart = inForce.Count > 0 || baseline is not null;
        for (var index = 0; anySetApart && index < findings.Count; index++)
        {
            var finding = findings[index];
            if (CoveringWaiver(inForce, finding) is { } waiver)
            {
                waived.Add((finding, waiver));
                setApart.Add(index);
            }
            else if (baseline?.Contains(finding) == true)
            {
                baselined.Add(finding);
                setApart.Add(index);
            }
        }

        var counting = setApart.Count == 0 ? findings : ListRuns.AllBut(findings, setApart);
        var matchingNoRule = inForce.Where(waiver => !result.Rules.Any(rule => waiver.MatchesRule(rule.Descriptor.Id))).ToList();
        return new PolicyVerdict
        {
            Findings = counting,
            Waived = waived,
            Baselined = baselined,
            // Only rules that ran can show a baselined finding fixed: a rule the policy disabled says nothing either way.
            FixedSinceBaseline = baseline?.FixedIn(findings, result.Rules.Select(rule => rule.Descriptor.Id)) ?? [],
            Expired = [.. waivers.Where(waiver => waiver.IsExpired(asOf))],
            ExpiringSoon = [.. inForce.Where(waiver => waiver.IsExpiringSoon(asOf))],
            Stale = [.. inForce.Where(waiver => !matchingNoRule.Contains(waiver) && !findings.Any(finding => waiver.Covers(finding.Rule.Id, finding.Outcome.SubjectId)))],
            MatchingNoRule = matchingNoRule,
            GateFailures = GateFailures(counting, [.. waived.Select(pair => pair.Item1), .. baselined], result, policy, maturity),
        };
    }

    /// <summary>
    /// The findings with the severity the policy gives their rules, most severe first, then in <see cref="OutcomeOrder"/>.
    /// Each rule is decided once, not once per finding, and findings in that order are not sorted again: a large assessment
    /// has millions. Those an assessment made are known to be, and are kept as they are unless the policy moves a rule to
    /// another severity.
    /// </summary>
    private static IReadOnlyList<Finding> InForce(IReadOnlyList<Finding> assessed, EffectivePolicy policy)
    {
        var severities = new Dictionary<RuleDescriptor, Severity>(ReferenceEqualityComparer.Instance);
        Severity SeverityOf(RuleDescriptor rule)
        {
            if (!severities.TryGetValue(rule, out var severity))
            {
                severities.Add(rule, severity = policy.Decide(rule).Severity);
            }

            return severity;
        }

        if (assessed is FindingsInOrder && assessed.RulesAndSeverities().All(finding => finding.Severity == SeverityOf(finding.Rule)))
        {
            return assessed;
        }

        List<Finding> findings = [.. assessed.Select(finding => SeverityOf(finding.Rule) is var severity && finding.Severity != severity
            ? finding with { Severity = severity }
            : finding)];
        return Ordering.IsSorted(findings, MostSevereFirst) ? findings : [.. findings.Order(Comparer<Finding>.Create(MostSevereFirst))];
    }

    // Order (unlike List.Sort) is stable: findings of one severity and outcome keep their order. Severities compare as
    // numbers: an enum's own CompareTo boxes both, twice for each of hundreds of thousands of findings.
    private static readonly Comparison<Finding> MostSevereFirst = (x, y) =>
        ((int)y.Severity).CompareTo((int)x.Severity) is var bySeverity and not 0 ? bySeverity : OutcomeOrder.Instance.Compare(x.Outcome, y.Outcome);

    private static List<string> GateFailures(
        IReadOnlyList<Finding> findings, List<Finding> setApart, AssessmentResult result, EffectivePolicy policy, MaturityAssessment? maturity)
    {
        var failures = new List<string>();
        if (policy.Gate.FailOn is { } threshold && policy.Gate.Failing(findings).Count() is var severe and > 0)
        {
            failures.Add(Invariant($"{Findings(severe)} at {Name(threshold)} or above"));
        }

        var settings = policy.GateSettings;
        if (settings.MaxFindings is { } maximum && findings.Count > maximum)
        {
            failures.Add(Invariant($"{Findings(findings.Count)}, more than the {maximum} allowed"));
        }

        if (settings.MinCoverage is { } floor)
        {
            // A waived or baselined failure was accepted: it neither passes nor fails the floor. Counted from each rule's
            // counts, not by reading every outcome (millions in a large assessment, each made when read) and finding the
            // accepted ones among them.
            var accepted = setApart.CountBy(finding => finding.Rule.Id, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
            foreach (var rule in result.Rules)
            {
                var counts = result.CountsOf(rule.Descriptor.Id);
                var applicable = counts.Where(pair => pair.Key is not OutcomeStatus.NotApplicable).Sum(pair => pair.Value)
                    - accepted.GetValueOrDefault(rule.Descriptor.Id);
                var passed = counts.GetValueOrDefault(OutcomeStatus.Passed);
                if (applicable > 0 && (decimal)passed / applicable < floor)
                {
                    failures.Add(Invariant($"{rule.Descriptor.Id} covers {Shares.Format((decimal)passed / applicable)}, below the floor of {Shares.Format(floor)}"));
                }
            }
        }

        foreach (var (category, minimum) in settings.MinLevel.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var level = maturity?.Categories.FirstOrDefault(score => score.Category.Id == category)?.Level;
            if (level is null)
            {
                failures.Add(Invariant($"{category} is not assessed, so it does not meet the minimum {minimum}"));
            }
            else if (level < minimum)
            {
                failures.Add(Invariant($"{category} is at level {level}, below the minimum {minimum}"));
            }
        }

        return failures;
    }

    private static string Findings(int count) => Counted.Of(count, "finding", "findings");


    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // A loop, not FirstOrDefault: a closure per finding was 21 MB of garbage at 100,000 projects.
    private static Waiver? CoveringWaiver(List<Waiver> waivers, Finding finding)
    {
        foreach (var waiver in waivers)
        {
            if (waiver.Covers(finding.Rule.Id, finding.Outcome.SubjectId))
            {
                return waiver;
            }
        }

        return null;
    }
}

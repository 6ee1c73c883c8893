using PmoAssess.Assessment;
using PmoAssess.Outcomes;

namespace PmoAssess.Scoring;

/// <summary>
/// Turns rule outcomes into a maturity picture under a methodology (rulesets/methodologies/README.md):
/// each rule's coverage, each category's level and blockers, the overall level and the roadmap.
/// </summary>
public static class MaturityScorer
{
    /// <summary>Scores <paramref name="result"/> under <paramref name="methodology"/>, towards <paramref name="targets"/>.</summary>
    public static MaturityAssessment Score(AssessmentResult result, Methodology methodology, MaturityTargets? targets = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(methodology);
        targets ??= MaturityTargets.None;

        var scores = new List<RuleScore>();
        var unscored = new List<RuleDescriptor>();
        foreach (var rule in result.Rules.Select(registered => registered.Descriptor))
        {
            if (methodology.Place(rule) is { } place)
            {
                scores.Add(ScoreOf(rule, place.Category, place.Level, result.CountsOf(rule.Id), methodology.Coverage));
            }
            else
            {
                unscored.Add(rule);
            }
        }

        var categories = methodology.Categories
            .Select(category => CategoryOf(category, [.. scores.Where(score => score.Category == category.Id)], targets.For(category.Id)))
            .ToList();
        return new MaturityAssessment
        {
            Methodology = methodology,
            Categories = categories,
            Overall = Overall(categories, methodology.Aggregation),
            Unscored = unscored,
            Roadmap = Roadmap(methodology, categories),
        };
    }

    private static RuleScore ScoreOf(RuleDescriptor rule, string category, int level, IReadOnlyDictionary<OutcomeStatus, int> counts, decimal coverage)
    {
        var passed = counts.GetValueOrDefault(OutcomeStatus.Passed);
        var failed = counts.GetValueOrDefault(OutcomeStatus.Failed);
        // An error is not evidence either way: like missing data, it leaves the subject unassessed.
        var unassessed = counts.GetValueOrDefault(OutcomeStatus.NotAssessable) + counts.GetValueOrDefault(OutcomeStatus.Error);
        var state = (passed + failed, unassessed) switch
        {
            (0, 0) => RuleState.NotEvidenced,
            (0, _) => RuleState.Unknown,
            (var assessed, _) => (decimal)passed / (assessed + unassessed) >= coverage ? RuleState.Met : RuleState.Unmet,
        };
        return new RuleScore { Rule = rule, Category = category, Level = level, Passed = passed, Failed = failed, NotAssessable = unassessed, State = state };
    }

    /// <summary>
    /// Level 1 unless a level-1 rule blocks it (then 0); above it, the highest level with a met rule and no blocking
    /// rule at it or below, passing over levels without rules. Nothing applicable at all: not assessed.
    /// </summary>
    private static CategoryScore CategoryOf(MethodologyCategory category, List<RuleScore> rules, int? target)
    {
        rules.Sort((a, b) => a.Level != b.Level ? a.Level.CompareTo(b.Level) : string.CompareOrdinal(a.Rule.Id, b.Rule.Id));
        int? level = null;
        if (rules.Any(rule => rule.State != RuleState.NotEvidenced))
        {
            var firstBlocked = rules.Where(rule => rule.Blocks).Select(rule => rule.Level).DefaultIfEmpty(int.MaxValue).Min();
            level = rules.Where(rule => rule.State == RuleState.Met && rule.Level < firstBlocked).Select(rule => rule.Level)
                .Append(firstBlocked > 1 ? 1 : 0).Max();
        }

        var blockers = rules.Where(rule => rule.Blocks && rule.Level > (level ?? 0)).GroupBy(rule => rule.Level).FirstOrDefault();
        return new CategoryScore { Category = category, Level = level, Target = target, Rules = rules, Blockers = blockers?.ToList() ?? [] };
    }

    private static decimal? Overall(IReadOnlyList<CategoryScore> categories, Aggregation aggregation)
    {
        var assessed = categories.Where(category => category.Level is not null).ToList();
        if (assessed.Count == 0)
        {
            return null;
        }

        return aggregation switch
        {
            Aggregation.Weakest => assessed.Min(category => category.Level!.Value),
            Aggregation.Mean => Math.Round((decimal)assessed.Average(category => category.Level!.Value), 1, MidpointRounding.AwayFromZero),
            _ => Math.Round(
                assessed.Sum(category => category.Category.Weight * category.Level!.Value) / assessed.Sum(category => category.Category.Weight),
                1, MidpointRounding.AwayFromZero),
        };
    }

    /// <summary>
    /// Towards a target: every blocking rule up to it. Without one: each category's blockers. Ordered by level, then
    /// subjects failing, then severity. An organisation without a working PMO starts by setting one up, less the steps its
    /// answers show taken.
    /// </summary>
    private static List<RoadmapStep> Roadmap(Methodology methodology, IReadOnlyList<CategoryScore> categories)
    {
        var steps = new List<RoadmapStep>();
        if (categories.Any(category => PmoStartUp.IsGovernance(category.Category) && category.Level is null or < 2))
        {
            steps.AddRange(PmoStartUp.StillToTake(methodology, categories));
        }

        var rules = categories.SelectMany(category => category.Target is { } target
            ? category.Rules.Where(rule => rule.Blocks && rule.Level <= target && rule.Level > (category.Level ?? 0))
            : category.Blockers);
        steps.AddRange(rules
            .OrderBy(rule => rule.Level)
            .ThenByDescending(rule => rule.Failed + rule.NotAssessable)
            .ThenByDescending(rule => rule.Rule.Severity)
            .ThenBy(rule => rule.Rule.Id, StringComparer.Ordinal)
            .Select(rule => new RoadmapStep { Action = rule.Rule.Title, Detail = rule.Rule.Remediation, Rule = rule }));
        return steps;
    }
}

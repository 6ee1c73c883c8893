using System.Globalization;
using PmoAssess.History;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Cli.Commands;

/// <summary>Prints what the history commands found, as aligned text for people or as JSON for scripts.</summary>
internal static class HistoryOutput
{
    public static void WriteList(TextWriter output, HistoryStore store, IReadOnlyList<HistoryRun> runs, bool json)
    {
        if (json)
        {
            ListingOutput.WriteJson(output, runs);
            return;
        }

        if (runs.Count == 0)
        {
            output.WriteLine("No runs are recorded in " + store.Path + ".");
            return;
        }

        ListingOutput.WriteTable(output, ["ID", "RECORDED (UTC)", "AS OF", "ENGAGEMENT", "METHODOLOGY", "OVERALL", "FINDINGS", "GATE"], runs.Select(run => (IReadOnlyList<string>)
        [
            Number(run.Id ?? 0),
            Time(run.RecordedAt),
            Date(run.AsOf),
            run.Engagement,
            Methodology(run),
            run.Overall?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-",
            Number(run.Findings),
            Gate(run.GatePassed),
        ]));
    }

    public static void WriteRun(TextWriter output, RunRecord run, bool json)
    {
        if (json)
        {
            ListingOutput.WriteJson(output, run);
            return;
        }

        output.WriteLine("Run " + Number(run.Id ?? 0) + " of " + run.Engagement);
        WriteFacts(output,
        [
            ["Recorded", Time(run.RecordedAt) + " UTC"],
            ["As of", Date(run.AsOf)],
            ["Tool", "PmoAssess " + run.ToolVersion],
            ["Methodology", Methodology(run.Summary()) + (run.Overall is { } overall ? "; overall " + overall.ToString("0.#", CultureInfo.InvariantCulture) : string.Empty)],
            ["Policy", run.PolicySha256 is { } hash ? "SHA-256 " + hash : "none"],
            ["Gate", Gate(run.GatePassed)],
            ["Projects", Number(run.ProjectCount)],
            ["Findings", Number(run.Findings.Count)],
        ]);

        Section(output, "Inputs");
        ListingOutput.WriteTable(output, ["FILE", "RECORDS", "SHA-256"], run.Sources.Select(source => (IReadOnlyList<string>)[source.File, Number(source.Records), source.Sha256]));
        Section(output, "Rule sources");
        foreach (var source in run.RuleSources)
        {
            output.WriteLine(source);
        }

        if (run.Categories.Count > 0)
        {
            Section(output, "Levels");
            ListingOutput.WriteTable(output, ["CATEGORY", "LEVEL", "TARGET"], run.Categories.Select(category => (IReadOnlyList<string>)
                [category.Name, Level(category.Level), category.Target is { } target ? Number(target) : "-"]));
        }

        Section(output, "Rules");
        ListingOutput.WriteTable(output, ["RULE", "SEVERITY", "PASSED", "FAILED", "NOT ASSESSABLE", "NOT APPLICABLE", "COVERAGE"], run.Rules.Select(rule => (IReadOnlyList<string>)
        [
            rule.Id,
            Name(rule.Severity),
            Number(rule.Passed),
            Number(rule.Failed),
            Number(rule.NotAssessable + rule.Errors),
            Number(rule.NotApplicable),
            rule.Coverage is { } coverage ? Shares.Column(coverage) : "n/a",
        ]));
        Section(output, "Findings");
        WriteFindings(output, [.. run.Findings.Select(finding => (finding.RuleId, finding.SubjectKind, finding.SubjectId, finding.Severity, finding.State, finding.Message))]);
    }

    public static void WriteComparison(TextWriter output, HistoryComparison comparison, bool json)
    {
        comparison = comparison with { Trend = [] };
        if (json)
        {
            ListingOutput.WriteJson(output, comparison);
            return;
        }

        var previous = comparison.Previous!;
        var current = comparison.Current;
        output.WriteLine("From run " + Describe(previous) + " to run " + Describe(current) + ".");
        if (!string.Equals(previous.Engagement, current.Engagement, StringComparison.Ordinal))
        {
            output.WriteLine("The runs assessed different engagements (" + previous.Engagement + ", " + current.Engagement + ").");
        }

        var regressions = comparison.LevelRegressions.Count() + comparison.CoverageRegressions.Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Regressions: {regressions}; new findings: {comparison.NewFindings.Count}; resolved findings: {comparison.ResolvedFindings.Count}."));

        Section(output, "Levels");
        if (comparison.MethodologyChanged)
        {
            output.WriteLine("Not compared: the runs were scored under different methodologies (" + Methodology(previous) + ", " + Methodology(current) + ").");
        }
        else
        {
            ListingOutput.WriteTable(output, ["CATEGORY", "BEFORE", "AFTER", "CHANGE"], comparison.Levels.Select(level => (IReadOnlyList<string>)
                [level.Category, Level(level.Before), Level(level.After), Change(level.Change, level.IsRegression)]));
        }

        Section(output, "Coverage");
        if (comparison.Coverage.Count == 0)
        {
            output.WriteLine("No rule's coverage changed.");
        }
        else
        {
            ListingOutput.WriteTable(output, ["RULE", "BEFORE", "AFTER", "CHANGE", "TITLE"], comparison.Coverage.Select(rule => (IReadOnlyList<string>)
                [rule.RuleId, Shares.Column(rule.Before), Shares.Column(rule.After), rule.IsRegression ? "down (regression)" : "up", rule.Title]));
        }

        Section(output, "New findings");
        WriteFindings(output, [.. comparison.NewFindings.Select(Tuple)]);
        Section(output, "Resolved findings");
        WriteFindings(output, [.. comparison.ResolvedFindings.Select(Tuple)]);
    }

    /// <summary>"1-3, 5": run ids as ranges, for a message that names the runs there are.</summary>
    public static IEnumerable<string> Ranges(IReadOnlyList<long> ids)
    {
        for (var start = 0; start < ids.Count;)
        {
            var end = start;
            while (end + 1 < ids.Count && ids[end + 1] == ids[end] + 1)
            {
                end++;
            }

            yield return Number(ids[start]) + (end == start ? string.Empty : "-" + Number(ids[end]));
            start = end + 1;
        }
    }

    private static (string, Facts.EntityKind, string, Outcomes.Severity, FindingState, string?) Tuple(FindingChange finding) =>
        (finding.RuleId, finding.SubjectKind, finding.SubjectId, finding.Severity, finding.State, finding.Message);

    private static void WriteFindings(TextWriter output, IReadOnlyList<(string Rule, Facts.EntityKind Kind, string Subject, Outcomes.Severity Severity, FindingState State, string? Message)> findings)
    {
        if (findings.Count == 0)
        {
            output.WriteLine("None.");
            return;
        }

        ListingOutput.WriteTable(output, ["RULE", "SUBJECT", "SEVERITY", "STATE", "MESSAGE"], findings.Select(finding => (IReadOnlyList<string>)
            [finding.Rule, finding.Kind + " " + finding.Subject, Name(finding.Severity), Name(finding.State), OneLine(finding.Message)]));
    }

    private static void WriteFacts(TextWriter output, IReadOnlyList<string[]> facts)
    {
        var width = facts.Max(fact => fact[0].Length) + 2;
        foreach (var fact in facts)
        {
            output.WriteLine((fact[0] + ":").PadRight(width) + fact[1]);
        }
    }

    private static void Section(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title + ":");
    }

    private static string Describe(HistoryRun run) =>
        Number(run.Id ?? 0) + " (" + run.Engagement + ", as of " + Date(run.AsOf) + ", recorded " + Time(run.RecordedAt) + " UTC)";

    private static string Methodology(HistoryRun run) =>
        run.MethodologyId is { } id ? id + (run.MethodologyVersion is { } version ? " " + version : string.Empty) : "-";

    private static string Gate(bool? passed) => passed switch
    {
        true => "passed",
        false => "failed",
        null => "-",
    };

    private static string Change(int? change, bool regression) => change switch
    {
        null => "-",
        0 => "same",
        > 0 => "up " + Number(change.Value),
        _ => "down " + Number(-change.Value) + (regression ? " (regression)" : string.Empty),
    };

    private static string Level(int? level) => level is { } reached ? Number(reached) : "not assessed";

    private static string OneLine(string? text) => text is null ? "-" : text.ReplaceLineEndings(" ");

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using System.Xml;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Reporting.JUnit;

/// <summary>
/// Writes <c>junit.xml</c> in the Jenkins/Ant JUnit format CI servers display: one test suite per rule category and
/// one test case per rule and subject it applies to. Failed outcomes are failures, rule errors are errors, and
/// not-assessable outcomes are skipped; not-applicable outcomes are not test cases. Past
/// <see cref="OutcomeListing.EveryOutcomeLimit"/> outcomes, each rule's passes are one test case that counts them.
/// </summary>
/// <remarks>
/// Follows the Jenkins JUnit schema (junit-4.xsd): <c>skipped</c> carries its reason as text, because that schema gives
/// it no attributes, and the root carries no skipped total, because it allows none (each suite has one).
/// </remarks>
public sealed class JUnitReportWriter : IReportWriter
{
    // No encoding: the writer is given text, and its declaration names the encoding of the StreamWriter under it.
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Line breaks inside attribute values become character references, so they survive attribute normalisation.
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
        // Every text written is cleaned first (JUnitText.Clean) or is the writer's own: checking each character again
        // cost a tenth of the file's time at 100,000 projects (benchmarks' `stages`, 1.98 to 1.85-1.94 s).
        CheckCharacters = false,
    };

    public string Format => "junit";

    public string FileName => "junit.xml";

    public void Write(AssessmentReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var rules = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var summary in report.Rules)
        {
            rules.TryAdd(summary.Rule.Id, summary.Rule);
        }

        var suites = Suites(report, rules);

        // Waived and baselined failures are set apart by the policy: skipped with the reason, not failures.
        var setApart = (report.Policy?.Waived.Select(pair => (pair.Finding.Outcome, Reason: "Waived: " + pair.Waiver.Justification)) ?? [])
            .Concat(report.Policy?.Baselined.Select(finding => (finding.Outcome, Reason: "In the baseline: accepted when the baseline was made.")) ?? [])
            .ToDictionary(pair => (pair.Outcome.RuleId, pair.Outcome.SubjectKind, pair.Outcome.SubjectId), pair => pair.Reason);
        string? SetApart(RuleOutcome outcome) =>
            outcome.Status == OutcomeStatus.Failed && setApart.Count > 0
                ? setApart.GetValueOrDefault((outcome.RuleId, outcome.SubjectKind, outcome.SubjectId))
                : null;

        var ordered = suites.OrderBy(suite => suite.Key, StringComparer.Ordinal)
            .Select(suite => (Category: suite.Key, Outcomes: suite.Value, Counts: SuiteCounts.Of(suite.Value, SetApart)))
            .ToList();
        var text = new JUnitText(report);
        // XmlWriter given a stream encodes UTF-8 a character at a time; given text, it leaves that to the StreamWriter,
        // which encodes a block at a time: the same bytes, and at 100,000 projects 1.1 s instead of 1.7 (`stages`).
        using var utf8 = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        using (var xml = XmlWriter.Create(utf8, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "PmoAssess");
            WriteCounts(xml, ordered.Aggregate(default(SuiteCounts), (total, suite) => total + suite.Counts), withSkipped: false);
            foreach (var (category, outcomes, counts) in ordered)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", JUnitText.Clean(category));
                WriteCounts(xml, counts, withSkipped: true);
                string? ruleId = null;
                string className = string.Empty;
                RuleDescriptor? rule = null;
                foreach (var outcome in outcomes)
                {
                    // A rule's outcomes come together: its class name and descriptor are looked up once, not per outcome.
                    if (!ReferenceEquals(outcome.RuleId, ruleId))
                    {
                        ruleId = outcome.RuleId;
                        className = JUnitText.Clean(category + "." + ruleId);
                        rule = rules.GetValueOrDefault(ruleId);
                    }

                    WriteTestCase(xml, className, outcome, rule, text, SetApart(outcome));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        utf8.Write('\n');
        utf8.Flush();
    }

    /// <summary>
    /// The test cases of each category: the listed outcomes that apply, then, past the limit, one per rule for its passes.
    /// A suite holds the places of its outcomes among those listed, not the outcomes: they may be made when read, and kept
    /// they held every message and its evidence until the file was written.
    /// </summary>
    private static Dictionary<string, ListRuns<RuleOutcome>> Suites(AssessmentReport report, Dictionary<string, RuleDescriptor> rules)
    {
        var suites = new Dictionary<string, ListRuns<RuleOutcome>>(StringComparer.Ordinal);
        var listed = OutcomeListing.Listed(report);
        string? ruleId = null;
        ListRuns<RuleOutcome>? suite = null;
        for (var place = 0; place < listed.Count; place++)
        {
            var outcome = listed[place];
            if (outcome.Status == OutcomeStatus.NotApplicable)
            {
                continue;
            }

            if (!ReferenceEquals(outcome.RuleId, ruleId))
            {
                ruleId = outcome.RuleId;
                suite = SuiteOf(suites, listed, rules.TryGetValue(ruleId, out var rule) ? rule.Category : "uncategorised");
            }

            suite!.AddPlace(place);
        }

        if (!OutcomeListing.ListsEveryOutcome(report))
        {
            // Too many outcomes to list: each rule's passes are one passing test case that counts them.
            foreach (var summary in report.Rules.Where(summary => summary.Passed > 0))
            {
                SuiteOf(suites, listed, summary.Rule.Category).Add(new RuleOutcome
                {
                    RuleId = summary.Rule.Id,
                    SubjectKind = summary.Rule.AppliesTo,
                    SubjectId = "passed on " + Number(summary.Passed) + " subjects",
                    Status = OutcomeStatus.Passed,
                });
            }
        }

        foreach (var rule in rules.Values)
        {
            // A category whose rules applied to nothing still shows, as an empty suite.
            SuiteOf(suites, listed, rule.Category);
        }

        return suites;
    }

    private static ListRuns<RuleOutcome> SuiteOf(Dictionary<string, ListRuns<RuleOutcome>> suites, IReadOnlyList<RuleOutcome> listed, string category)
    {
        if (!suites.TryGetValue(category, out var suite))
        {
            suites.Add(category, suite = new ListRuns<RuleOutcome>(listed));
        }

        return suite;
    }

    private static void WriteCounts(XmlWriter xml, SuiteCounts counts, bool withSkipped)
    {
        xml.WriteAttributeString("tests", Number(counts.Tests));
        xml.WriteAttributeString("failures", Number(counts.Failed - counts.SetApart));
        xml.WriteAttributeString("errors", Number(counts.Errors));
        if (withSkipped)
        {
            xml.WriteAttributeString("skipped", Number(counts.NotAssessable + counts.SetApart));
        }
    }

    private static void WriteTestCase(XmlWriter xml, string className, RuleOutcome outcome, RuleDescriptor? rule, JUnitText text, string? setApart)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", className);
        text.WriteName(xml, outcome);
        switch (outcome.Status)
        {
            case OutcomeStatus.Failed when setApart is not null:
                xml.WriteElementString("skipped", JUnitText.Clean(setApart));
                break;
            case OutcomeStatus.Failed:
                var message = outcome.Message ?? rule?.Title ?? outcome.RuleId;
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", JUnitText.Clean(message));
                xml.WriteAttributeString("type", rule is null ? "unknown" : SeverityType(rule.Severity));
                text.WriteDetails(xml, message, outcome);
                xml.WriteEndElement();
                break;
            case OutcomeStatus.Error:
                var error = outcome.Message ?? "The rule failed.";
                xml.WriteStartElement("error");
                xml.WriteAttributeString("message", JUnitText.Clean(error));
                text.WriteDetails(xml, error, outcome);
                xml.WriteEndElement();
                break;
            case OutcomeStatus.NotAssessable:
                text.WriteNotAssessable(xml, outcome);
                break;
            default:
                break;
        }

        xml.WriteEndElement();
    }

    private static string SeverityType(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        Severity.Info => "info",
        _ => severity.ToString().ToLowerInvariant(),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>How many test cases of each kind a suite holds, counted in one pass over its outcomes.</summary>
    private readonly record struct SuiteCounts(int Tests, int Failed, int Errors, int NotAssessable, int SetApart)
    {
        public static SuiteCounts Of(ListRuns<RuleOutcome> outcomes, Func<RuleOutcome, string?> setApart)
        {
            var (failed, errors, notAssessable, apart) = (0, 0, 0, 0);
            foreach (var outcome in outcomes)
            {
                switch (outcome.Status)
                {
                    case OutcomeStatus.Failed:
                        failed++;
                        apart += setApart(outcome) is null ? 0 : 1;
                        break;
                    case OutcomeStatus.Error:
                        errors++;
                        break;
                    case OutcomeStatus.NotAssessable:
                        notAssessable++;
                        break;
                    default:
                        break;
                }
            }

            return new SuiteCounts(outcomes.Count, failed, errors, notAssessable, apart);
        }

        public static SuiteCounts operator +(SuiteCounts x, SuiteCounts y) => new(
            x.Tests + y.Tests, x.Failed + y.Failed, x.Errors + y.Errors, x.NotAssessable + y.NotAssessable, x.SetApart + y.SetApart);
    }
}

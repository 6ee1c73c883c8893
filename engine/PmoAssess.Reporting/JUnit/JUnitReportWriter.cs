using System.Globalization;
using System.Text;
using System.Xml;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Reporting.JUnit;

/// <summary>
/// Writes <c>junit.xml</c> in the Jenkins/Ant JUnit format CI servers display: one test suite per rule category and
/// one test case per rule and subject it applies to. The suites come in the order their categories first come among the
/// outcomes <c>findings.json</c> lists (by rule id), then any other category. Failed outcomes are failures, rule errors
/// are errors, and not-assessable outcomes are skipped; not-applicable outcomes are not test cases. Past
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

        // Waived and baselined failures are set apart by the policy: skipped with the reason, not failures.
        var setApart = (report.Policy?.Waived.Select(pair => (pair.Finding.Outcome, Reason: "Waived: " + pair.Waiver.Justification)) ?? [])
            .Concat(report.Policy?.Baselined.Select(finding => (finding.Outcome, Reason: "In the baseline: accepted when the baseline was made.")) ?? [])
            .ToDictionary(pair => (pair.Outcome.RuleId, pair.Outcome.SubjectKind, pair.Outcome.SubjectId), pair => pair.Reason);
        string? SetApart(RuleOutcome outcome) =>
            outcome.Status == OutcomeStatus.Failed && setApart.Count > 0
                ? setApart.GetValueOrDefault((outcome.RuleId, outcome.SubjectKind, outcome.SubjectId))
                : null;

        // Without a waiver or a baseline nothing is set apart, and the suites need not make a single outcome to ask.
        var ordered = Suites(report, rules, setApart.Count > 0 ? SetApart : null)
            .Select(suite => (Category: suite.Key, suite.Value.Outcomes, suite.Value.Counts))
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
    /// The test cases of each category, counted: the listed outcomes that apply, then, past the limit, one per rule for its
    /// passes. A suite holds the places of its outcomes among those listed, not the outcomes: they may be made when read,
    /// and kept they held every message and its evidence until the file was written.
    /// </summary>
    /// <remarks>
    /// The suites keep the order in which their categories first come: findings.json reads the listed outcomes in that
    /// order too, and the two share each outcome made (<see cref="ReportWriters.ShareListedOutcomes"/>) while they keep in
    /// step. Suites sorted by name read the data-quality rules before the delivery ones, where findings.json reads them
    /// after: at 100,000 projects about 228,000 outcomes waited between the two writers, and the peak was 969 to 1,050 MiB
    /// against 963 to 976 MiB in step (four runs each, in turn; the benchmarks' journal, session 26).
    /// </remarks>
    private static OrderedDictionary<string, Suite> Suites(AssessmentReport report, Dictionary<string, RuleDescriptor> rules, Func<RuleOutcome, string?>? setApart)
    {
        var suites = new OrderedDictionary<string, Suite>(StringComparer.Ordinal);
        var listed = OutcomeListing.Listed(report);
        string? ruleId = null;
        Suite? suite = null;
        for (var place = 0; place < listed.Count; place++)
        {
            // Sorted and counted by rule and status alone: the outcome is made only when a failure may be set apart.
            var (outcomeRuleId, status) = OutcomeListing.RuleAndStatusAt(listed, place);
            if (status == OutcomeStatus.NotApplicable)
            {
                continue;
            }

            if (!ReferenceEquals(outcomeRuleId, ruleId))
            {
                ruleId = outcomeRuleId;
                suite = SuiteOf(suites, listed, rules.TryGetValue(ruleId, out var rule) ? rule.Category : "uncategorised");
            }

            suite!.Outcomes.AddPlace(place);
            suite.Counts += SuiteCounts.Of(status, status == OutcomeStatus.Failed && setApart?.Invoke(listed[place]) is not null);
        }

        if (!OutcomeListing.ListsEveryOutcome(report))
        {
            // Too many outcomes to list: each rule's passes are one passing test case that counts them.
            foreach (var summary in report.Rules.Where(summary => summary.Passed > 0))
            {
                var passes = new RuleOutcome
                {
                    RuleId = summary.Rule.Id,
                    SubjectKind = summary.Rule.AppliesTo,
                    SubjectId = "passed on " + Number(summary.Passed) + " subjects",
                    Status = OutcomeStatus.Passed,
                };
                suite = SuiteOf(suites, listed, summary.Rule.Category);
                suite.Outcomes.Add(passes);
                suite.Counts += SuiteCounts.Of(OutcomeStatus.Passed, isSetApart: false);
            }
        }

        foreach (var rule in rules.Values)
        {
            // A category whose rules applied to nothing still shows, as an empty suite.
            SuiteOf(suites, listed, rule.Category);
        }

        return suites;
    }

    private static Suite SuiteOf(OrderedDictionary<string, Suite> suites, IReadOnlyList<RuleOutcome> listed, string category)
    {
        if (!suites.TryGetValue(category, out var suite))
        {
            suites.Add(category, suite = new Suite(new ListRuns<RuleOutcome>(listed)));
        }

        return suite;
    }

    /// <summary>One category's test cases and their counts, made in the one pass that sorts the outcomes into suites.</summary>
    private sealed class Suite(ListRuns<RuleOutcome> outcomes)
    {
        public ListRuns<RuleOutcome> Outcomes { get; } = outcomes;

        public SuiteCounts Counts { get; set; }
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

    /// <summary>How many test cases of each kind a suite holds.</summary>
    private readonly record struct SuiteCounts(int Tests, int Failed, int Errors, int NotAssessable, int SetApart)
    {
        /// <summary>The counts of one test case of <paramref name="status"/>, a failure that may be set apart.</summary>
        public static SuiteCounts Of(OutcomeStatus status, bool isSetApart) => status switch
        {
            OutcomeStatus.Failed => new(1, 1, 0, 0, isSetApart ? 1 : 0),
            OutcomeStatus.Error => new(1, 0, 1, 0, 0),
            OutcomeStatus.NotAssessable => new(1, 0, 0, 1, 0),
            _ => new(1, 0, 0, 0, 0),
        };

        public static SuiteCounts operator +(SuiteCounts x, SuiteCounts y) => new(
            x.Tests + y.Tests, x.Failed + y.Failed, x.Errors + y.Errors, x.NotAssessable + y.NotAssessable, x.SetApart + y.SetApart);
    }
}

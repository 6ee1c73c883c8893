using System.Globalization;
using System.Text;
using System.Xml;
using PmoAssess.Facts;
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
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Line breaks inside attribute values become character references, so they survive attribute normalisation.
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    public string Format => "junit";

    public string FileName => "junit.xml";

    public void Write(AssessmentReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var rules = report.Rules
            .GroupBy(rule => rule.Rule.Id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Rule, StringComparer.Ordinal);
        var everyOutcome = OutcomeListing.ListsEveryOutcome(report);
        var suites = report.Outcomes
            .Where(outcome => outcome.Status != OutcomeStatus.NotApplicable && OutcomeListing.IsListed(outcome, everyOutcome))
            .GroupBy(outcome => rules.TryGetValue(outcome.RuleId, out var rule) ? rule.Category : "uncategorised", StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        if (!everyOutcome)
        {
            // Too many outcomes to list: each rule's passes are one passing test case that counts them.
            foreach (var summary in report.Rules.Where(summary => summary.Passed > 0))
            {
                var category = summary.Rule.Category;
                suites.TryAdd(category, []);
                suites[category].Add(new RuleOutcome
                {
                    RuleId = summary.Rule.Id,
                    SubjectKind = summary.Rule.AppliesTo,
                    SubjectId = "passed on " + Number(summary.Passed) + " subjects",
                    Status = OutcomeStatus.Passed,
                });
            }
        }

        foreach (var category in rules.Values.Select(rule => rule.Category))
        {
            // A category whose rules applied to nothing still shows, as an empty suite.
            suites.TryAdd(category, []);
        }

        // Waived and baselined failures are set apart by the policy: skipped with the reason, not failures.
        var setApart = (report.Policy?.Waived.Select(pair => (pair.Finding.Outcome, Reason: "Waived: " + pair.Waiver.Justification)) ?? [])
            .Concat(report.Policy?.Baselined.Select(finding => (finding.Outcome, Reason: "In the baseline: accepted when the baseline was made.")) ?? [])
            .ToDictionary(pair => (pair.Outcome.RuleId, pair.Outcome.SubjectKind, pair.Outcome.SubjectId), pair => pair.Reason);
        string? SetApart(RuleOutcome outcome) =>
            outcome.Status == OutcomeStatus.Failed ? setApart.GetValueOrDefault((outcome.RuleId, outcome.SubjectKind, outcome.SubjectId)) : null;

        var all = suites.Values.SelectMany(outcomes => outcomes).ToList();
        using (var xml = XmlWriter.Create(output, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "PmoAssess");
            WriteCounts(xml, all, SetApart, withSkipped: false);
            foreach (var (category, outcomes) in suites.OrderBy(suite => suite.Key, StringComparer.Ordinal))
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean(category));
                WriteCounts(xml, outcomes, SetApart, withSkipped: true);
                foreach (var outcome in outcomes)
                {
                    WriteTestCase(xml, category, outcome, rules.GetValueOrDefault(outcome.RuleId), report, SetApart(outcome));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteCounts(XmlWriter xml, List<RuleOutcome> outcomes, Func<RuleOutcome, string?> setApart, bool withSkipped)
    {
        var apart = outcomes.Count(outcome => setApart(outcome) is not null);
        xml.WriteAttributeString("tests", Number(outcomes.Count));
        xml.WriteAttributeString("failures", Number(outcomes.Count(outcome => outcome.Status == OutcomeStatus.Failed) - apart));
        xml.WriteAttributeString("errors", Number(outcomes.Count(outcome => outcome.Status == OutcomeStatus.Error)));
        if (withSkipped)
        {
            xml.WriteAttributeString("skipped", Number(outcomes.Count(outcome => outcome.Status == OutcomeStatus.NotAssessable) + apart));
        }
    }

    private static void WriteTestCase(XmlWriter xml, string category, RuleOutcome outcome, RuleDescriptor? rule, AssessmentReport report, string? setApart)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", Clean(category + "." + outcome.RuleId));
        xml.WriteAttributeString("name", Clean(outcome.RuleId + " " + outcome.SubjectKind + " " + outcome.SubjectId));
        switch (outcome.Status)
        {
            case OutcomeStatus.Failed when setApart is not null:
                xml.WriteElementString("skipped", Clean(setApart));
                break;
            case OutcomeStatus.Failed:
                var message = outcome.Message ?? rule?.Title ?? outcome.RuleId;
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", Clean(message));
                xml.WriteAttributeString("type", rule is null ? "unknown" : rule.Severity.ToString().ToLowerInvariant());
                xml.WriteString(Clean(Details(message, outcome, report)));
                xml.WriteEndElement();
                break;
            case OutcomeStatus.Error:
                var error = outcome.Message ?? "The rule failed.";
                xml.WriteStartElement("error");
                xml.WriteAttributeString("message", Clean(error));
                xml.WriteString(Clean(Details(error, outcome, report)));
                xml.WriteEndElement();
                break;
            case OutcomeStatus.NotAssessable:
                xml.WriteElementString("skipped", Clean(NotAssessable(outcome)));
                break;
            default:
                break;
        }

        xml.WriteEndElement();
    }

    /// <summary>The message, the subject with its project's name, then one line per value the rule looked at.</summary>
    private static string Details(string message, RuleOutcome outcome, AssessmentReport report)
    {
        var text = new StringBuilder(message).Append('\n').Append("Subject: ").Append(Subject(outcome, report));
        foreach (var evidence in outcome.Evidence)
        {
            text.Append('\n').Append("Evidence: ").Append(EvidenceLine(evidence));
        }

        return text.ToString();
    }

    /// <summary>"Not assessable: no value for 'sponsor'.", or the rule's own reason after the prefix.</summary>
    private static string NotAssessable(RuleOutcome outcome)
    {
        var reason = outcome.Message ?? (outcome.MissingField is { } field ? "No value for '" + field + "'." : "The data could not decide.");
        var lowered = reason.Length > 1 && char.IsUpper(reason[0]) && char.IsLower(reason[1])
            ? char.ToLowerInvariant(reason[0]) + reason[1..]
            : reason;
        return "Not assessable: " + lowered;
    }

    /// <summary>"Project PRJ-003 Billing" or "Risk RSK-006 of project PRJ-003 Billing".</summary>
    private static string Subject(RuleOutcome outcome, AssessmentReport report)
    {
        var project = outcome.ProjectId is { } projectId
            ? projectId + (report.ProjectNames.TryGetValue(projectId, out var name) ? " " + name : string.Empty)
            : null;
        return outcome.SubjectKind == EntityKind.Project && project is not null
            ? "Project " + project
            : outcome.SubjectKind + " " + outcome.SubjectId + (project is null ? string.Empty : " of project " + project);
    }

    private static string EvidenceLine(Evidence evidence)
    {
        var place = evidence.File is null
            ? evidence.Field
            : evidence.File + (evidence.Row is { } row ? " row " + Number(row) : string.Empty) + ", " + (evidence.Column ?? evidence.Field);
        var value = evidence.Value switch
        {
            null => "(no such column)",
            "" => "(blank)",
            { } text => "\"" + text + "\"",
        };
        return place + ": " + value;
    }

    /// <summary>
    /// Replaces what XML 1.0 cannot hold (control characters other than tab and line breaks, lone surrogates) with
    /// U+FFFD, so untrusted text from the client's data never makes the file ill-formed.
    /// </summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                clean.Append(c).Append(text[++index]);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

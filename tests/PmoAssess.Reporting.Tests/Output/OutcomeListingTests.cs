using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Json;
using PmoAssess.Reporting.JUnit;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Tests.Reporting.Sarif;

namespace PmoAssess.Tests.Reporting.Output;

/// <summary>
/// Past a million outcomes, findings.json and junit.xml list the outcomes that need attention one by one and count the
/// passes (and not-applicable ones) instead of writing tens of millions of entries.
/// </summary>
public sealed class OutcomeListingTests
{
    private static readonly Lazy<AssessmentReport> Huge = new(() =>
    {
        var report = ContosoReport.Report;
        var pass = report.Outcomes.First(outcome => outcome.Status == OutcomeStatus.Passed);
        var padding = OutcomeListing.EveryOutcomeLimit + 1 - report.Outcomes.Count;
        return report with { Outcomes = [.. report.Outcomes, .. Enumerable.Repeat(pass, padding)] };
    });

    /// <summary>
    /// As <see cref="Huge"/>, but listing the outcomes that need attention of an assessment of its own, as a large
    /// assessment does: a list that makes each outcome when read, which the writers can share.
    /// </summary>
    internal static AssessmentReport PastTheLimit() => Huge.Value with { OutcomesNeedingAttention = ContosoReport.Fresh().OutcomesNeedingAttention };

    [Fact]
    public void Share_FindingsJsonAndJUnitWrittenSideBySide_WriteTheBytesEachWritesAlone()
    {
        var report = PastTheLimit();
        IReportWriter[] writers = [new FindingsJsonWriter(), new JUnitReportWriter()];
        var alone = writers.Select(writer => ContosoReport.Render(writer, report)).ToList();

        var together = new byte[writers.Length][];
        using (OutcomeListing.Share(report, writers.Length))
        {
            SideBySide.AllAtOnce(writers.Length, index => together[index] = ContosoReport.Render(writers[index], report));
        }

        OutcomeListing.Listed(report).Count.ShouldBe(ContosoReport.Report.Outcomes.Count(outcome => OutcomeListing.NeedsAttention(outcome.Status)));
        together[0].ShouldBe(alone[0]);
        together[1].ShouldBe(alone[1]);
    }

    [Theory]
    [InlineData(OutcomeListing.MostShared, 2, true)]
    [InlineData(OutcomeListing.MostShared + 1, 2, false)]
    [InlineData(10, 1, false)]
    public void Share_ListedOutcomesAndReaders_SharesOnlyUpToTheMostSharedAndWithTwoReadersOrMore(int listed, int readers, bool shared)
    {
        var list = new CountedList(listed);
        var report = Huge.Value with { OutcomesNeedingAttention = list };

        using (OutcomeListing.Share(report, readers))
        {
            list.SharedWith.ShouldBe(shared ? readers : 0);
        }
    }

    [Fact]
    public void Markdown_MoreFindingsThanTheAppendixHolds_ListsTheFirstAndSaysHowManyMore()
    {
        var report = ContosoReport.Report;
        var findings = Enumerable.Range(0, MarkdownReportWriter.AppendixRows + 5).Select(index => report.Findings[index % report.Findings.Count]).ToList();

        var markdown = MarkdownReportWriter.Render(report with { Findings = findings });

        var appendix = markdown[markdown.IndexOf("### Every finding", StringComparison.Ordinal)..];
        appendix = appendix[..appendix.IndexOf("\n### ", 1, StringComparison.Ordinal)];
        appendix.Split('\n').Count(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| Rule |", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal))
            .ShouldBe(MarkdownReportWriter.AppendixRows);
        appendix.ShouldContain("… and 5 more findings not listed here");
    }

    [Fact]
    public void ListsEveryOutcome_UpToTheLimit_AndNotPastIt()
    {
        OutcomeListing.ListsEveryOutcome(ContosoReport.Report).ShouldBeTrue();
        OutcomeListing.ListsEveryOutcome(Huge.Value).ShouldBeFalse();
    }

    [Fact]
    public void FindingsJson_PastTheLimit_ListsWhatNeedsAttentionAndStillCountsEveryOutcome()
    {
        using var json = JsonDocument.Parse(ContosoReport.Render(new FindingsJsonWriter(), Huge.Value));

        var listed = json.RootElement.GetProperty("outcomes").EnumerateArray().Select(outcome => outcome.GetProperty("status").GetString()).ToList();
        listed.ShouldNotBeEmpty();
        listed.ShouldAllBe(status => status != "passed" && status != "not-applicable");
        listed.Count.ShouldBe(ContosoReport.Report.Outcomes.Count(outcome => outcome.Status is not (OutcomeStatus.Passed or OutcomeStatus.NotApplicable)));
        var counts = json.RootElement.GetProperty("summary").GetProperty("outcomes");
        counts.GetProperty("total").GetInt32().ShouldBe(OutcomeListing.EveryOutcomeLimit + 1);
        // The copy with more outcomes counts them afresh: the original report's counts were the assessment's.
        var padding = OutcomeListing.EveryOutcomeLimit + 1 - ContosoReport.Report.Outcomes.Count;
        counts.GetProperty("passed").GetInt32().ShouldBe(ContosoReport.Report.Outcomes.Count(outcome => outcome.Status == OutcomeStatus.Passed) + padding);
    }

    [Fact]
    public void FindingsJson_PastTheLimit_IsOneLineOfJson()
    {
        var text = Encoding.UTF8.GetString(ContosoReport.Render(new FindingsJsonWriter(), Huge.Value));

        text.IndexOf('\n', StringComparison.Ordinal).ShouldBe(text.Length - 1, "one line, ended by a newline");
        text.ShouldStartWith("{\"schemaVersion\":1,\"tool\":{");
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("outcomes").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void FindingsJson_UpToTheLimit_IsIndentedForPeopleToRead()
    {
        var text = Encoding.UTF8.GetString(ContosoReport.Render(new FindingsJsonWriter(), ContosoReport.Report));

        text.ShouldStartWith("{\n  \"schemaVersion\": 1,\n");
    }

    [Fact]
    public void OutcomesNeedingAttention_FromTheAssessment_AreTheFailedNotAssessableAndErrorsInOrder()
    {
        var report = ContosoReport.Report;

        report.OutcomesNeedingAttention.ShouldBe(report.Outcomes.Where(outcome => outcome.Status is not (OutcomeStatus.Passed or OutcomeStatus.NotApplicable)));
        report.OutcomeCounts.ShouldBe(report.Outcomes.CountBy(outcome => outcome.Status).ToDictionary(), ignoreOrder: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RuleAndStatusAt_EveryListedOutcome_AreTheOutcomesOwn(bool needingAttention)
    {
        var report = ContosoReport.Report;
        var listed = needingAttention ? report.OutcomesNeedingAttention : report.NotAssessable;

        // The assessment's lists tell them without making the outcome; what they tell is what the outcome says.
        listed.ShouldBeAssignableTo<IOutcomeList>();
        listed.Count.ShouldBeGreaterThan(0);
        Enumerable.Range(0, listed.Count).Select(index => OutcomeListing.RuleAndStatusAt(listed, index))
            .ShouldBe(listed.Select(outcome => (outcome.RuleId, outcome.Status)));
    }

    [Fact]
    public void JUnit_PastTheLimit_CountsEachRulesPassesInOneTestCase()
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(ContosoReport.Render(new JUnitReportWriter(), Huge.Value))).Root!;

        var cases = root.Descendants("testcase").ToList();
        var passing = cases.Where(testCase => !testCase.HasElements).Select(testCase => (string)testCase.Attribute("name")!).ToList();
        passing.Count.ShouldBe(Huge.Value.Rules.Count(rule => rule.Passed > 0), "one passing test case per rule that passed anything");
        passing.ShouldAllBe(name => name.Contains(" passed on ") && name.EndsWith(" subjects"));
        cases.Count(testCase => testCase.HasElements).ShouldBe(
            ContosoReport.Report.Outcomes.Count(outcome => outcome.Status is not (OutcomeStatus.Passed or OutcomeStatus.NotApplicable)));
    }

    /// <summary>A list of outcomes that only counts them and notes whether it was shared.</summary>
    private sealed class CountedList(int count) : IOutcomeList, IDisposable
    {
        public int SharedWith { get; private set; }

        public int Count => count;

        public RuleOutcome this[int index] => throw new NotSupportedException();

        public (string RuleId, OutcomeStatus Status) RuleAndStatusAt(int index) => throw new NotSupportedException();

        public IDisposable Share(int readers)
        {
            SharedWith = readers;
            return this;
        }

        public void Dispose()
        {
        }

        public IEnumerator<RuleOutcome> GetEnumerator() => throw new NotSupportedException();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

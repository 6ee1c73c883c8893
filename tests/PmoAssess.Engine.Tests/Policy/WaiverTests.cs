using System.Globalization;
using PmoAssess.Policy;

namespace PmoAssess.Tests.Engine.Policy;

public sealed class WaiverTests
{
    private static Waiver Waiver(string rule = "GOV-101", string subject = "P-001", DateOnly? expires = null) => new()
    {
        Rule = rule,
        Subject = subject,
        Justification = "Agreed at the board.",
        Expires = expires,
        Location = "pmoassess.yaml:12",
    };

    [Theory]
    [InlineData("2026-06-29", false)]
    [InlineData("2026-06-30", false)]
    [InlineData("2026-07-01", true)]
    public void IsExpired_AppliesUpToAndIncludingItsExpiryDate(string asOf, bool expired) =>
        Waiver(expires: new DateOnly(2026, 6, 30)).IsExpired(DateOnly.Parse(asOf, CultureInfo.InvariantCulture)).ShouldBe(expired);

    [Theory]
    [InlineData("2026-05-30", false)]
    [InlineData("2026-05-31", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void IsExpiringSoon_WithinThirtyDaysAndNotExpired(string asOf, bool soon) =>
        Waiver(expires: new DateOnly(2026, 6, 30)).IsExpiringSoon(DateOnly.Parse(asOf, CultureInfo.InvariantCulture)).ShouldBe(soon);

    [Fact]
    public void OpenEnded_NeverExpiresNorExpiresSoon()
    {
        var waiver = Waiver(expires: null);

        waiver.IsExpired(DateOnly.MaxValue).ShouldBeFalse();
        waiver.IsExpiringSoon(DateOnly.MaxValue).ShouldBeFalse();
    }

    [Theory]
    [InlineData("GOV-101", "P-001", "GOV-101", "P-001", true)]
    [InlineData("GOV-101", "P-001", "GOV-101", "P-002", false)]
    [InlineData("GOV-101", "P-001", "GOV-1010", "P-001", false)]
    [InlineData("GOV-101", "P-001", "GOV-101", "p-001", false)]
    [InlineData("GOV-1*", "P-001", "GOV-123", "P-001", true)]
    [InlineData("GOV-1*", "P-001", "GOV-201", "P-001", false)]
    [InlineData("GOV-10?", "*", "GOV-105", "P-777", true)]
    [InlineData("*", "*", "DQ-001", "R-9", true)]
    public void Covers_RuleGlobAndSubjectOrEverySubject(string rule, string subject, string failedRule, string failedSubject, bool covers) =>
        Waiver(rule, subject).Covers(failedRule, failedSubject).ShouldBe(covers);
}

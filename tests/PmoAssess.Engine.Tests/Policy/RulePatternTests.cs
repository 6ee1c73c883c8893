using PmoAssess.Policy;

namespace PmoAssess.Tests.Engine.Policy;

public sealed class RulePatternTests
{
    [Theory]
    [InlineData("GOV-101", "GOV-101", true)]
    [InlineData("GOV-101", "GOV-1010", false)]
    [InlineData("GOV-101", "gov-101", false)]
    [InlineData("GOV-*", "GOV-101", true)]
    [InlineData("GOV-*", "DQ-001", false)]
    [InlineData("*-001", "DQ-001", true)]
    [InlineData("GOV-10?", "GOV-105", true)]
    [InlineData("GOV-10?", "GOV-1050", false)]
    [InlineData("GOV.101", "GOV-101", false)]
    [InlineData("*", "ANY-1", true)]
    public void Matches_IdOrGlob_MatchesTheWholeIdCaseSensitively(string pattern, string id, bool matches) =>
        RulePattern.Parse(pattern).Matches(AssessedRules.Descriptor(id)).ShouldBe(matches);

    [Fact]
    public void Matches_Tag_MatchesRulesCarryingIt()
    {
        var pattern = RulePattern.Parse("tag:evm");

        pattern.Matches(AssessedRules.Descriptor("DEL-001", tags: ["cost", "evm"])).ShouldBeTrue();
        pattern.Matches(AssessedRules.Descriptor("DEL-002", tags: ["cost"])).ShouldBeFalse();
        pattern.Matches(AssessedRules.Descriptor("EVM-001")).ShouldBeFalse();
    }

    [Fact]
    public void Matches_Category_MatchesRulesOfIt()
    {
        var pattern = RulePattern.Parse("category:risk");

        pattern.Matches(AssessedRules.Descriptor("RSK-001", category: "risk")).ShouldBeTrue();
        pattern.Matches(AssessedRules.Descriptor("RSK-002", category: "governance")).ShouldBeFalse();
    }

    [Fact]
    public void ToString_IsThePatternAsWritten() => RulePattern.Parse("category:risk").ToString().ShouldBe("category:risk");
}

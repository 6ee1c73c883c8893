using PmoAssess.Scoring;

namespace PmoAssess.Tests.Engine.Scoring;

public sealed class MethodologyLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Problems(string yaml) =>
        Should.Throw<InvalidInputException>(() => MethodologyLoader.Load(_folder.Write("m.methodology.yaml", yaml))).Message;

    [Fact]
    public void Load_Defaults_AreWeakestAndNinetyPercent()
    {
        var methodology = MethodologyLoader.Load(_folder.Write("m.methodology.yaml",
            "methodology: m\nname: M\nlevels: [{ level: 1, name: One }, { level: 3, name: Three }]\ncategories: [{ id: c, name: C }]\n"));

        (methodology.Aggregation, methodology.Coverage, methodology.TopLevel).ShouldBe((Aggregation.Weakest, 0.9m, 3));
        methodology.LevelName(3).ShouldBe("Three");
        methodology.LevelName(0).ShouldBe("Not yet level 1");
    }

    [Fact]
    public void Load_Mistakes_AreAllReportedWithTheirPlaces()
    {
        var message = Problems("""
            methodology: m
            name: M
            aggregation: median
            coverage: 120%
            levels: [{ level: 1, name: One }, { level: 1, name: Again }]
            categories: [{ id: c, name: C, weight: 0 }]
            mapping:
              - { rule: "X-*", ruleCategory: x, category: c }
              - { tag: t, category: d }
            questions:
              - { id: Q 1, category: c, level: 9, text: T, answer: maybe }
              - { id: Q2, category: c, level: 1, text: T, answer: yes-no, passAt: 4, options: [a, b] }
            """);

        message.ShouldContain("Unknown aggregation 'median': expected weakest, mean or weighted. File=m.methodology.yaml, Line=3, Column=14");
        message.ShouldContain("Expected 'coverage' to be a share such as 90% or 0.9, not '120%'.");
        message.ShouldContain("The level '1' appears twice.");
        message.ShouldContain("Expected 'weight' to be a positive number, not '0'.");
        message.ShouldContain("A mapping line chooses rules by exactly one of 'rule', 'ruleCategory' or 'tag'. File=m.methodology.yaml, Line=8");
        message.ShouldContain("Unknown category 'd'");
        message.ShouldContain("Expected 'level' to be a level of this methodology from 1 to 1, not '9'.");
        message.ShouldContain("Unknown answer type 'maybe': expected yes-no, scale, text or choice.");
        message.ShouldContain("Only a choice question has 'options'. File=m.methodology.yaml, Line=12");
        message.ShouldContain("Only a scale question has 'passAt'. File=m.methodology.yaml, Line=12");
    }

    [Fact]
    public void Find_BuiltInById_OrAFile()
    {
        _folder.Write("builtin/mine.methodology.yaml", "methodology: mine\nname: Mine\nlevels: [{ level: 1, name: One }]\ncategories: [{ id: c, name: C }]\n");

        MethodologyLoader.Find("mine", _folder.Combine("builtin")).Id.ShouldBe("mine");
        MethodologyLoader.Find(_folder.Combine("builtin/mine.methodology.yaml"), _folder.Combine("elsewhere")).Id.ShouldBe("mine");
        Should.Throw<InvalidInputException>(() => MethodologyLoader.Find("mime", _folder.Combine("builtin")))
            .Message.ShouldBe("Unknown methodology 'mime'; did you mean 'mine'? Built in: mine; or give a .methodology.yaml file.");
        // A file's name is not taken for an id: the message said to give the file that was given.
        Should.Throw<InvalidInputException>(() => MethodologyLoader.Find("mime.methodology.yaml", _folder.Combine("builtin")))
            .Message.ShouldBe("The methodology file does not exist. File=mime.methodology.yaml");
    }
}

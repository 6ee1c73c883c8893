using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Outcomes;

namespace PmoAssess.Tests.Engine.Import;

/// <summary>Each canonical column's kind is the one FactFactory reads it as; layouts are found by name and by entity.</summary>
public sealed class CanonicalLayoutTests
{
    [Theory]
    [InlineData("projects", "name", "Text", null)]
    [InlineData("projects", "stage", "Enumeration", typeof(LifecycleStage))]
    [InlineData("projects", "delivery_confidence", "Enumeration", typeof(DeliveryConfidence))]
    [InlineData("projects", "baseline_end", "Date", null)]
    [InlineData("projects", "budget_at_completion", "Number", null)]
    [InlineData("projects", "charter_approved", "Boolean", null)]
    [InlineData("risks", "severity", "Enumeration", typeof(Severity))]
    [InlineData("risks", "status", "Enumeration", typeof(ItemStatus))]
    [InlineData("issues", "priority", "Enumeration", typeof(Severity))]
    [InlineData("changes", "status", "Enumeration", typeof(ChangeStatus))]
    [InlineData("changes", "cost_impact", "Number", null)]
    [InlineData("changes", "schedule_impact_days", "Integer", null)]
    [InlineData("gates", "decision", "Enumeration", typeof(GateDecision))]
    [InlineData("allocations", "percent", "Number", null)]
    [InlineData("evidence", "answer", "Text", null)]
    public void Field_OfAColumn_HasItsKind(string entity, string column, string kindName, Type? enumType)
    {
        var kind = Enum.Parse<FieldKind>(kindName);
        var field = CanonicalLayout.Find(entity)!.Field(column)!;

        (field.Kind, field.EnumType).ShouldBe((kind, enumType));
        CanonicalLayout.Find(entity)!.KindOf(column).ShouldBe(kind);
    }

    [Fact]
    public void Find_UnknownName_IsNull()
    {
        CanonicalLayout.Find("project").ShouldBeNull();
        Should.Throw<ArgumentException>(() => CanonicalLayout.Projects.KindOf("sponser"));
    }

    [Fact]
    public void All_CoversEveryEntityOnce()
    {
        CanonicalLayout.All.Select(layout => layout.Kind).ShouldBe(Enum.GetValues<EntityKind>(), ignoreOrder: true);
        CanonicalLayout.Of(EntityKind.Organisation).ShouldBeSameAs(CanonicalLayout.Evidence);
        CanonicalLayout.All.Where(layout => layout.IsProjectChild).ShouldBe(CanonicalLayout.ProjectChildren);
    }

    [Fact]
    public void Canonical_SpellsValuesAsTheLayoutDoes()
    {
        CanonicalLayout.Projects.Field("delivery_confidence")!.Canonical("Amber/Green").ShouldBe("amber-green");
        CanonicalLayout.Projects.Field("delivery_confidence")!.Values.ShouldBe(["green", "amber-green", "amber", "amber-red", "red"]);
        CanonicalLayout.Projects.Field("charter_approved")!.Canonical("Yes").ShouldBe("true");
        CanonicalLayout.Projects.Field("actual_cost")!.Canonical("1250000.50").ShouldBe("1250000.50");
        CanonicalLayout.Projects.Field("baseline_end")!.Canonical("31/03/2026").ShouldBeNull();
    }
}

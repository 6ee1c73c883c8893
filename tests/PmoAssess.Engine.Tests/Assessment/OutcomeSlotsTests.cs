using PmoAssess.Assessment;
using PmoAssess.Facts;

namespace PmoAssess.Tests.Engine.Assessment;

public sealed class OutcomeSlotsTests
{
    [Fact]
    public void PlaceOf_FromAnyLastPlace_FindsEveryIdAndNoOther()
    {
        // Ids in ordinal order ("P-10" before "P-2"), as the slots keep them.
        Fact[] subjects = [.. new[] { "P-1", "P-10", "P-11", "P-2", "P-3", "P-4", "P-5", "P-6", "P-7", "P-8", "P-9", "Q-1", "p-1" }
            .Select(id => new Project { Id = id })];

        for (var last = -1; last < subjects.Length; last++)
        {
            for (var place = 0; place < subjects.Length; place++)
            {
                OutcomeSlots.PlaceOf(subjects, subjects[place].Id, last).ShouldBe(place, $"id {subjects[place].Id} after place {last}");
            }

            foreach (var missing in new[] { "A", "P-0", "P-12", "P-55", "Q-0", "Z", "p-2" })
            {
                OutcomeSlots.PlaceOf(subjects, missing, last).ShouldBe(-1, $"id {missing} after place {last}");
            }
        }
    }

    [Fact]
    public void PlaceOf_NoSubjects_FindsNothing()
    {
        OutcomeSlots.PlaceOf([], "P-1", -1).ShouldBe(-1);
    }
}

namespace PmoAssess.Assessment;

/// <summary>
/// What one slot of <see cref="OutcomeSlots"/> keeps (a <see cref="Outcomes.RuleOutcome"/>, or the evidence of a plain
/// pass), held by the session that placed it until the slots gather it.
/// </summary>
internal readonly record struct SlotEntry(int Rule, int Place, object Kept);

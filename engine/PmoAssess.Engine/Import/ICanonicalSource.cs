namespace PmoAssess.Import;

/// <summary>Where canonical records come from: a folder of CSV files or one JSON document.</summary>
internal interface ICanonicalSource
{
    /// <summary>The records of one entity, in file order; empty when the source has none.</summary>
    IEnumerable<RawRecord> Records(EntityLayout layout);
}

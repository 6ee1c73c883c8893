namespace PmoAssess.Import;

/// <summary>Where canonical records come from: a folder of CSV files or one JSON document.</summary>
internal interface ICanonicalSource
{
    /// <summary>The records of one entity, in file order; empty when the source has none.</summary>
    IEnumerable<RawRecord> Records(EntityLayout layout);

    /// <summary>Whether the source has the entity at all (a file or a JSON array), even with no records.</summary>
    bool Has(EntityLayout layout);

    /// <summary>How the source names the entity in messages: a file name or a JSON property.</summary>
    string NameOf(EntityLayout layout);

    /// <summary>Whether the records of different entities can be read at the same time, on different threads.</summary>
    bool ReadsEntitiesInParallel => false;

    /// <summary>How many bytes the entity takes in the source, so that read side by side the largest starts first; 0 when not known.</summary>
    long SizeOf(EntityLayout layout) => 0;
}

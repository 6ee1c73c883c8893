using System.Collections.Concurrent;
namespace PmoAssess.Import;

/// <summary>A folder with one canonical CSV file per entity; only <c>projects.csv</c> is required.</summary>
internal sealed class CsvFolderSource : ICanonicalSource
{
    private readonly string _folder;
    private readonly InputLimits _limits;
    // Written by the readers of different files at once (ReadsEntitiesInParallel).
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    public CsvFolderSource(string folder, InputLimits limits) => (_folder, _limits) = (folder, limits);

    public IEnumerable<RawRecord> Records(EntityLayout layout)
    {
        var path = Path.Combine(_folder, layout.FileName);
        return File.Exists(path) ? CsvRecordReader.Read(path, layout.FileName, layout, _limits, sha256 => _hashes[layout.FileName] = sha256) : [];
    }

    /// <summary>The SHA-256 of a file whose records were all read, computed while they were; <c>null</c> otherwise.</summary>
    public string? HashOf(string fileName) => _hashes.GetValueOrDefault(fileName);

    public bool Has(EntityLayout layout) => File.Exists(Path.Combine(_folder, layout.FileName));

    public string NameOf(EntityLayout layout) => layout.FileName;

    // One file per entity, each read with its own reader.
    public bool ReadsEntitiesInParallel => true;

    public long SizeOf(EntityLayout layout) => new FileInfo(Path.Combine(_folder, layout.FileName)) is { Exists: true } file ? file.Length : 0;

    /// <summary>The files of the canonical layout that exist in the folder, in layout order.</summary>
    public IEnumerable<string> ExistingFiles(IEnumerable<EntityLayout> layouts) =>
        layouts.Select(layout => layout.FileName).Where(name => File.Exists(Path.Combine(_folder, name)));
}

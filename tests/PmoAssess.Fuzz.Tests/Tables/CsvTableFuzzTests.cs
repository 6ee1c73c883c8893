using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmoAssess.Import.Tables;

namespace PmoAssess.Tests.Fuzz.Tables;

/// <summary>The CSV reader on arbitrary bytes and on CSV-like text in every encoding and with every option.</summary>
public sealed class CsvTableFuzzTests : IDisposable
{
    private static readonly string[] CsvTokens = ["id", "name", "a", "1", "2026-01-01", ",", ",", ";", "\t", "|", "\"", "\"\"", "\r\n", "\n", "\r", "sep=;\n", "sep=\t\r\n", "\uFEFF"];

    private static readonly Encoding[] Encodings =
    [
        new UTF8Encoding(false), new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UnicodeEncoding(false, false),
        Encoding.Latin1,
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Property(MaxTest = 300)]
    public Property Read_ArbitraryBytes_ReadsOrRefusesWithLocation() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), Options().ToArbitrary(), (bytes, options) =>
            HostileInput.ReadsOrRefusesWithLocation(() => ReadBytes(bytes, options), HostileInput.Escape(bytes) + " with " + options));

    [Property(MaxTest = 400)]
    public Property Read_CsvLikeText_ReadsOrRefusesWithLocation() =>
        Prop.ForAll(Mutations.Soup(CsvTokens).ToArbitrary(), Gen.Elements(Encodings).ToArbitrary(), Options().ToArbitrary(), (text, encoding, options) =>
            HostileInput.ReadsOrRefusesWithLocation(() => ReadBytes([.. encoding.GetPreamble(), .. encoding.GetBytes(text)], options), text + " as " + encoding.WebName + " with " + options));

    private void ReadBytes(byte[] bytes, TableOptions options)
    {
        var path = _folder.Combine(Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, bytes);
        TableFuzz.ReadAll(path, options);
    }

    private static Gen<TableOptions> Options() =>
        Gen.Elements<string?>(null, "auto", "utf-8", "utf-16", "utf-16be", "windows-1252", "nonsense")
            .Zip(Gen.Elements<char?>(null, ',', ';', '\t', '|'))
            .Zip(Gen.Choose(1, 4), (options, headerRow) => new TableOptions { Encoding = options.Item1, Delimiter = options.Item2, HeaderRow = headerRow });
}

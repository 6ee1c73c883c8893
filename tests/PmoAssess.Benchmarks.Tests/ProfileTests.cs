using System.Globalization;
using System.Reflection.PortableExecutable;
using PmoAssess.Benchmarks;

namespace PmoAssess.Tests.Benchmarks;

/// <summary>
/// <c>profile</c> names the release build's frames, which <c>perf</c> prints as offsets in the composite image's file,
/// through the image's r2rmap, and gives each sample to the innermost part of the program it was in.
/// </summary>
public sealed class ProfileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_FramesInTheImage_AreNamedByTheMapAndSplitByPart()
    {
        // Any managed assembly has a .text section: this one stands in for the composite image.
        var image = typeof(ProfileTests).Assembly.Location;
        int address, fileOffset;
        using (var pe = new PEReader(File.OpenRead(image)))
        {
            var text = pe.PEHeaders.SectionHeaders.Single(section => section.Name == ".text");
            (address, fileOffset) = (text.VirtualAddress, text.PointerToRawData);
        }

        var map = Write("image.r2rmap",
            "FFFFFFFF 00 2BFED62607F7F7F6C47CF9A58E816D83",
            Hex(address + 0x10) + " 20 System.String PmoAssess.Import.CsvRecordReader::ReadRow(System.Int32)",
            Hex(address + 0x30) + " 10 System.Void NRules.Session::Fire()");
        var inImage = " [unknown] (/build/" + Path.GetFileName(image) + ")";
        var samples = Write("samples.txt",
            "pmoassess 101 ",
            "\t" + Hex(fileOffset + 0x14) + inImage,
            "\t" + Hex(fileOffset + 0x34) + inImage,
            string.Empty,
            "pmoassess 101 ",
            "\t7f00 [unknown] (/build/libcoreclr.so)",
            "\t" + Hex(fileOffset + 0x38) + inImage,
            string.Empty,
            ".NET TP Worker 102 ",
            "\tffffffff8100 clear_page_erms ([kernel.kallsyms])",
            "\t" + Hex(fileOffset + 0x12) + inImage,
            string.Empty,
            ".NET Tiered Com 103 ",
            "\t1234 [unknown] (/build/libclrjit.so)",
            string.Empty);
        var output = new StringWriter();

        Profile.Run([samples, map, image, "--hz", "2", "--under", "NRules.Session::Fire$", "--callers", "ReadRow|libcoreclr"], output).ShouldBe(0);

        var lines = output.ToString().Split('\n').Select(line => line.TrimEnd()).ToList();
        lines.ShouldContain("   2.00 s in 4 samples at 2 Hz");
        lines.ShouldContain("   0.50  reading", "the innermost part of the first sample");
        lines.ShouldContain("   0.50  NRules", "the runtime called from NRules is NRules' time");
        lines.ShouldContain("   0.50  the kernel");
        lines.ShouldContain("   0.50  the JIT compiler");
        lines.ShouldContain("   0.50  PmoAssess.Import.CsvRecordReader::ReadRow");
        lines.SkipWhile(line => !line.Contains("under /", StringComparison.Ordinal)).Take(3).ShouldBe(
        [
            "   1.00  under /NRules.Session::Fire$/, by what the outermost match called:",
            "   0.50  PmoAssess.Import.CsvRecordReader::ReadRow",
            "   0.50  [unknown] (/build/libcoreclr.so)",
        ], "ties in ordinal order of the name");
        lines.SkipWhile(line => !line.StartsWith("running most often under", StringComparison.Ordinal)).Take(3).ShouldBe(
        [
            "running most often under /NRules.Session::Fire$/:",
            "   0.50  PmoAssess.Import.CsvRecordReader::ReadRow",
            "   0.50  [unknown] (/build/libcoreclr.so)",
        ]);
        lines.SkipWhile(line => !line.Contains("running /", StringComparison.Ordinal)).Take(2).ShouldBe(
        [
            "   1.00  running /ReadRow|libcoreclr/, by the first frame out that does not match:",
            "   1.00  NRules.Session::Fire",
        ], "both samples that ran a match were called from Fire");
    }

    private static string Hex(int value) => value.ToString("x", CultureInfo.InvariantCulture);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}

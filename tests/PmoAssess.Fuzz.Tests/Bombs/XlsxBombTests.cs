using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PmoAssess.Import;
using PmoAssess.Import.Tables;

namespace PmoAssess.Tests.Fuzz.Bombs;

/// <summary>
/// An .xlsx workbook that unpacks into far more than it weighs is refused from its zip directory, before any of it is
/// decompressed, naming the file and the part; a workbook whose directory lies about its sizes is decompressed only as far
/// as the lie, so the check cannot be talked past. Ordinary workbooks, padding and all, still read.
/// </summary>
public sealed class XlsxBombTests : IDisposable
{
    private const long Megabyte = 1024 * 1024;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void SheetOfTwoHundredMegabytesPackedToUnderOne_RefusedQuicklyInBoundedMemory()
    {
        var path = PaddedWorkbook.Write(_folder.Combine("bomb.xlsx"), 200 * Megabyte);
        new FileInfo(path).Length.ShouldBeLessThan(Megabyte);
        var stopwatch = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var error = Should.Throw<InvalidInputException>(() => Read(path, InputLimits.Default));

        error.Message.ShouldStartWith("The part " + PaddedWorkbook.SheetPart + " unpacks to 200 MB from ");
        error.Message.ShouldContain(", more than 100 times its packed size: a decompression bomb");
        error.Message.ShouldEndWith("File=bomb.xlsx");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).ShouldBeLessThan(16 * Megabyte, "nothing is decompressed");
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void WorkbookUnpackingPastTwentyTimesTheFileSizeLimit_RefusedNamingTheOption()
    {
        // Two megabytes of padding: under the size from which a part's ratio is checked, so only the total stops it.
        var path = PaddedWorkbook.Write(_folder.Combine("padded.xlsx"), 2 * Megabyte);
        var limits = new InputLimits { MaxFileBytes = 64 * 1024 };

        var error = Should.Throw<InvalidInputException>(() => Read(path, limits));

        error.Message.ShouldStartWith("The workbook unpacks to 2 MB, more than the limit of 1.3 MB (20 times the file size limit); its largest part is " +
            PaddedWorkbook.SheetPart + " (2 MB): raise the limit with --max-file-size. File=padded.xlsx");
    }

    [Fact]
    public void PaddedWorkbook_UnderTheDefaultLimits_Reads()
    {
        var path = PaddedWorkbook.Write(_folder.Combine("padded.xlsx"), 2 * Megabyte);

        Read(path, InputLimits.Default).ShouldBe(["P-1 Alpha", "P-2 Beta"]);
    }

    [Fact]
    public void DirectoryUnderstatingASheet_DecompressedOnlyAsFarAsItDeclares()
    {
        // The sheet really unpacks to 200 MB, but its directory entries say 1 KB, which passes every check.
        var path = PaddedWorkbook.Write(_folder.Combine("liar.xlsx"), 200 * Megabyte);
        Understate(path, PaddedWorkbook.SheetPart, declared: 1024);
        using (var zip = ZipFile.OpenRead(path))
        {
            zip.GetEntry(PaddedWorkbook.SheetPart)!.Length.ShouldBe(1024);
        }

        var stopwatch = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        // The XML ends where the declared size does: a truncated sheet, reported as a corrupt workbook.
        var error = Should.Throw<InvalidInputException>(() => Read(path, InputLimits.Default));

        error.Message.ShouldStartWith("The workbook is corrupt: ");
        error.Message.ShouldEndWith("File=liar.xlsx");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).ShouldBeLessThan(16 * Megabyte, "no more than the declared kilobyte is decompressed");
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    private static List<string> Read(string path, InputLimits limits)
    {
        using var table = TableReader.Open(path, Path.GetFileName(path), new TableOptions { Limits = limits });
        return [.. table.Rows().Select(row => string.Join(" ", row.Cells))];
    }

    /// <summary>Rewrites the uncompressed size of a zip entry in its local header and its central directory record.</summary>
    private static void Understate(string path, string entry, uint declared)
    {
        var bytes = File.ReadAllBytes(path);
        var (at, patched) = (0, 0);
        const uint LocalHeader = 0x04034b50, CentralRecord = 0x02014b50;
        for (; BitConverter.ToUInt32(bytes, at) == LocalHeader; at += 30 + Field16(bytes, at + 26) + Field16(bytes, at + 28) + (int)BitConverter.ToUInt32(bytes, at + 18))
        {
            patched += PatchIfNamed(bytes, at + 30, Field16(bytes, at + 26), entry, at + 22, declared);
        }

        for (; BitConverter.ToUInt32(bytes, at) == CentralRecord; at += 46 + Field16(bytes, at + 28) + Field16(bytes, at + 30) + Field16(bytes, at + 32))
        {
            patched += PatchIfNamed(bytes, at + 46, Field16(bytes, at + 28), entry, at + 24, declared);
        }

        patched.ShouldBe(2, "the entry's local header and central record are both rewritten");
        File.WriteAllBytes(path, bytes);
    }

    private static int Field16(byte[] bytes, int at) => BitConverter.ToUInt16(bytes, at);

    private static int PatchIfNamed(byte[] bytes, int nameAt, int nameLength, string entry, int sizeAt, uint declared)
    {
        if (Encoding.UTF8.GetString(bytes, nameAt, nameLength) != entry)
        {
            return 0;
        }

        BitConverter.TryWriteBytes(bytes.AsSpan(sizeAt, 4), declared).ShouldBeTrue();
        return 1;
    }
}

using System.Text;
using PmoAssess.Import.Tables;

namespace PmoAssess.Tests.Engine.Import.Tables;

/// <summary>The whole-file UTF-8 check, streamed in chunks: sequences cut by a chunk boundary, problems far into a file.</summary>
public sealed class EncodingDetectorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(4096 - 1)]
    [InlineData(4096 + (64 * 1024) - 1)]
    [InlineData(4096 + (64 * 1024) - 2)]
    public void Detect_MultiByteCharacterAcrossAChunkBoundary_IsUtf8(int before)
    {
        // "€" is three bytes in UTF-8; placed so that the boundary falls inside it.
        var bytes = Encoding.UTF8.GetBytes("id\n" + new string('a', before - 3) + "€\n");
        var path = TableFile.WriteBytes(_folder, "long.csv", bytes);

        EncodingDetector.Detect(path, "long.csv", given: null).Name.ShouldBe("utf-8");
    }

    [Fact]
    public void Detect_InvalidByteFarIntoTheFile_IsWindows1252NamingTheLine()
    {
        var text = "id\n" + string.Concat(Enumerable.Repeat("1234567890\n", 20_000));
        var bytes = Encoding.ASCII.GetBytes(text).Concat(new byte[] { 0x39, 0xA3, 0x0A }).ToArray();
        var path = TableFile.WriteBytes(_folder, "long.csv", bytes);

        var detected = EncodingDetector.Detect(path, "long.csv", given: null);

        detected.Name.ShouldBe("windows-1252");
        detected.Note.ShouldBe("not valid UTF-8 (first at line 20002, byte 0xA3): read as windows-1252");
    }

    [Fact]
    public void Detect_TruncatedSequenceAtTheEnd_IsWindows1252()
    {
        var path = TableFile.WriteBytes(_folder, "cut.csv", [0x69, 0x64, 0x0A, 0x61, 0xE2, 0x82]);

        EncodingDetector.Detect(path, "cut.csv", given: null).Name.ShouldBe("windows-1252");
    }

    [Fact]
    public void Detect_ZeroByteFarIntoTheFile_ThrowsNamingTheLine()
    {
        var bytes = Encoding.ASCII.GetBytes("id\n" + string.Concat(Enumerable.Repeat("1234567890\n", 10_000))).Append((byte)0).ToArray();
        var path = TableFile.WriteBytes(_folder, "nul.csv", bytes);

        var exception = Should.Throw<InvalidInputException>(() => EncodingDetector.Detect(path, "nul.csv", given: null));

        exception.Message.ShouldBe("The file holds a zero byte, as binary or corrupt files do. File=nul.csv, Line=10002");
    }

    [Fact]
    public void Detect_Utf16GivenWithoutBom_IsTakenAtItsWord()
    {
        var path = TableFile.WriteBytes(_folder, "be.csv", Encoding.BigEndianUnicode.GetBytes("id\n1\n"));

        var detected = EncodingDetector.Detect(path, "be.csv", TextEncodings.Parse("utf-16be"));

        detected.ShouldBe(new DetectedEncoding("utf-16be", 0, null));
    }

    [Theory]
    [InlineData("UTF-8", "utf-8")]
    [InlineData("utf-16", "utf-16le")]
    [InlineData("CP1252", "windows-1252")]
    [InlineData("latin1", "windows-1252")]
    public void Parse_Name_IsCanonical(string name, string expected) => TextEncodings.Parse(name)!.Name.ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("auto")]
    [InlineData(" Auto ")]
    public void Parse_Auto_IsNull(string? name) => TextEncodings.Parse(name).ShouldBeNull();
}

using System.Globalization;
using System.IO.Compression;

namespace PmoAssess.Import.Tables;

/// <summary>
/// Refuses a decompression bomb before the Open XML SDK opens it: an .xlsx file is a zip archive, and a few hundred
/// kilobytes of it can unpack into gigabytes of XML. Only the zip's directory is read: the size each part declares, packed
/// and unpacked.
/// </summary>
/// <remarks>
/// The declared sizes can lie, but a lie is not a way past this check: the SDK reads parts through
/// <see cref="ZipArchive"/>, which stops decompressing a part at the size its directory declares (a test holds it to
/// that), so what is checked here bounds what is decompressed. Within that bound, the sheet is streamed a row at a time
/// under the row and cell limits; the shared strings, styles and workbook parts are held in memory, which the total
/// bounds.
/// </remarks>
internal static class XlsxUnpackCheck
{
    /// <summary>
    /// How many times its packed size a large part may unpack to. Sheet XML packs about 5 to 20 times however repetitive (each
    /// row and cell carries its own reference); deflate cannot go past about 1,000. Only parts above <see cref="LargePartBytes"/>
    /// are held to it: a small part's ratio harms nothing, and small parts of repeated markup can pack far better.
    /// </summary>
    public const int MaxRatio = 100;

    /// <summary>The unpacked size from which a part is held to <see cref="MaxRatio"/>: 16 MB.</summary>
    public const long LargePartBytes = 16L * 1024 * 1024;

    /// <summary>Checks the workbook in <paramref name="file"/>, leaving the stream open (its position is not restored).</summary>
    /// <exception cref="InvalidInputException">A part packs more than <see cref="MaxRatio"/> to one, or all of them unpack to more than the limit.</exception>
    /// <exception cref="InvalidDataException">The file is not a zip archive the runtime can read (the caller reports it as corrupt).</exception>
    public static void Check(Stream file, string displayName, InputLimits limits)
    {
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        var total = 0L;
        foreach (var part in zip.Entries)
        {
            if (part.Length > LargePartBytes && part.Length / MaxRatio > part.CompressedLength)
            {
                throw InvalidInputException.At(
                    "The part " + part.FullName + " unpacks to " + InputLimits.Size(part.Length) + " from " + InputLimits.Size(part.CompressedLength) +
                    ", more than " + MaxRatio.ToString(CultureInfo.InvariantCulture) + " times its packed size: a decompression bomb, not a workbook a " +
                    "spreadsheet writes. Save the data again from Excel, or export it as CSV.",
                    new SourceLocation(displayName));
            }

            // Saturating: a hostile directory may declare sizes whose sum overflows.
            total = part.Length > long.MaxValue - total ? long.MaxValue : total + part.Length;
        }

        if (total > limits.MaxWorkbookUnpackedBytes)
        {
            var largest = zip.Entries.MaxBy(part => part.Length)!;
            throw InvalidInputException.At(
                "The workbook unpacks to " + InputLimits.Size(total) + ", more than the limit of " + InputLimits.Size(limits.MaxWorkbookUnpackedBytes) +
                " (" + InputLimits.WorkbookUnpackFactor.ToString(CultureInfo.InvariantCulture) + " times the file size limit); its largest part is " +
                largest.FullName + " (" + InputLimits.Size(largest.Length) + "): raise the limit with --max-file-size.",
                new SourceLocation(displayName));
        }
    }
}

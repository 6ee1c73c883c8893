using System.Globalization;
using System.Text;

namespace PmoAssess.Generation;

/// <summary>
/// Writes one canonical CSV file: UTF-8 without BOM, <c>\n</c> line endings, RFC 4180 quoting only where a cell needs it,
/// invariant numbers and ISO dates. Cells are appended in header order, then <see cref="EndRow"/>.
/// </summary>
internal sealed class CsvRowWriter : IDisposable
{
    private const int BufferSize = 1 << 16;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StreamWriter _writer;
    private bool _rowStarted;

    public CsvRowWriter(string path, IReadOnlyList<string> headers)
    {
        _writer = new StreamWriter(path, append: false, Utf8NoBom, BufferSize) { NewLine = "\n" };
        foreach (var header in headers)
        {
            Text(header);
        }

        EndRow();
    }

    /// <summary>The data rows written so far.</summary>
    public int Rows { get; private set; } = -1;

    public CsvRowWriter Text(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            _writer.Write(value);
            return this;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
        return this;
    }

    public CsvRowWriter Date(DateOnly? value)
    {
        Separate();
        if (value is { } date)
        {
            Span<char> buffer = stackalloc char[10];
            date.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _writer.Write(buffer[..written]);
        }

        return this;
    }

    public CsvRowWriter Number(long? value)
    {
        Separate();
        if (value is { } number)
        {
            Span<char> buffer = stackalloc char[24];
            number.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
            _writer.Write(buffer[..written]);
        }

        return this;
    }

    public CsvRowWriter Boolean(bool? value)
    {
        Separate();
        if (value is { } flag)
        {
            _writer.Write(flag ? "true" : "false");
        }

        return this;
    }

    public void EndRow()
    {
        _writer.Write('\n');
        _rowStarted = false;
        Rows++;
    }

    public void Dispose() => _writer.Dispose();

    private void Separate()
    {
        if (_rowStarted)
        {
            _writer.Write(',');
        }

        _rowStarted = true;
    }
}

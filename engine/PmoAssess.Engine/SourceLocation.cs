using System.Globalization;
using System.Text;

namespace PmoAssess;

/// <summary>A place in an input file, printed as <c>File=..., Line=..., Column=...</c> context.</summary>
public sealed record SourceLocation(string File, int? Line = null, int? Column = null, string? ColumnName = null, string? Path = null)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder("File=").Append(File);
        if (Line is { } line)
        {
            text.Append(", Line=").Append(line.ToString(CultureInfo.InvariantCulture));
        }

        if (Column is { } column)
        {
            text.Append(", Column=").Append(column.ToString(CultureInfo.InvariantCulture));
            if (ColumnName is not null)
            {
                text.Append(" (").Append(ColumnName).Append(')');
            }
        }
        else if (ColumnName is not null)
        {
            text.Append(", Column=").Append(ColumnName);
        }

        if (Path is not null)
        {
            text.Append(", Path=").Append(Path);
        }

        return text.ToString();
    }
}

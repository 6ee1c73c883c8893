namespace PmoAssess.Import.Tables;

/// <summary>
/// What a cell's number format says about its number: a workbook stores dates as serial numbers and only the format
/// tells them apart from amounts.
/// </summary>
internal enum ExcelValueKind
{
    /// <summary>A plain number (also elapsed durations such as <c>[h]:mm</c>, which are not points in time).</summary>
    Number,

    /// <summary>A date, perhaps with a time of day.</summary>
    Date,

    /// <summary>A time of day only.</summary>
    Time,
}

/// <summary>Classifies Excel number formats, built-in (by id) and custom (by their format code).</summary>
internal static class ExcelNumberFormat
{
    /// <summary>The kind of value a number format shows.</summary>
    /// <param name="id">The <c>numFmtId</c> of the cell's style.</param>
    /// <param name="code">The custom format code, for ids the workbook defines; <c>null</c> for built-in ids.</param>
    public static ExcelValueKind Classify(uint id, string? code) => code is not null ? ClassifyCode(code) : id switch
    {
        // ECMA-376 18.8.30: 14-17 dates, 18-21 times, 22 date and time, 45-47 times; 27-36 and 50-58 are the
        // East Asian locales' date formats.
        >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58 => ExcelValueKind.Date,
        >= 18 and <= 21 or 45 or 47 => ExcelValueKind.Time,
        _ => ExcelValueKind.Number,
    };

    /// <summary>
    /// A custom code shows a date when its first section has a year, day or month letter, and a time when it has
    /// hours or seconds. Quoted text, escaped and padding characters and [colour]/[$-locale] brackets are not format
    /// letters; an elapsed-time bracket such as <c>[h]</c> makes it a duration, read as a number.
    /// </summary>
    public static ExcelValueKind ClassifyCode(string code)
    {
        var (date, month, time) = (false, false, false);
        for (var index = 0; index < code.Length; index++)
        {
            var c = char.ToLowerInvariant(code[index]);
            switch (c)
            {
                case ';':
                    index = code.Length;
                    break;
                case '"':
                    index = code.IndexOf('"', index + 1) is var close and >= 0 ? close : code.Length;
                    break;
                case '\\' or '_' or '*':
                    index++;
                    break;
                case '[':
                    var end = code.IndexOf(']', index + 1);
                    var inside = end < 0 ? "" : code[(index + 1)..end].ToLowerInvariant();
                    if (inside.Length > 0 && inside.All(letter => letter is 'h' or 'm' or 's'))
                    {
                        return ExcelValueKind.Number;
                    }

                    index = end < 0 ? code.Length : end;
                    break;
                case 'g' when code.AsSpan(index).StartsWith("general", StringComparison.OrdinalIgnoreCase):
                    index += "general".Length - 1;
                    break;
                case 'e' when index + 1 < code.Length && code[index + 1] is '+' or '-':
                    // Scientific notation, 0.00E+00.
                    index++;
                    break;
                case 'y' or 'd' or 'e':
                    date = true;
                    break;
                case 'm':
                    month = true;
                    break;
                case 'h' or 's':
                    time = true;
                    break;
                case 'a' when code.AsSpan(index).StartsWith("am/pm", StringComparison.OrdinalIgnoreCase) || code.AsSpan(index).StartsWith("a/p", StringComparison.OrdinalIgnoreCase):
                    time = true;
                    index += code.AsSpan(index).StartsWith("am/pm", StringComparison.OrdinalIgnoreCase) ? 4 : 2;
                    break;
            }
        }

        // 'm' is the month unless the code is about hours and seconds ("mm:ss"), where it is minutes.
        date |= month && !time;
        return date ? ExcelValueKind.Date : time ? ExcelValueKind.Time : ExcelValueKind.Number;
    }
}

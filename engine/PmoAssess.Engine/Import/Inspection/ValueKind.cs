namespace PmoAssess.Import.Inspection;

/// <summary>What the cells of a column look like, as <c>pmoassess inspect</c> guesses it.</summary>
internal enum ValueKind
{
    /// <summary>Every cell is empty.</summary>
    Empty,

    /// <summary>Whole numbers, invariant (<c>-3</c>, <c>2021</c>).</summary>
    Integer,

    /// <summary>Decimal numbers, invariant (<c>1250000.50</c>).</summary>
    Number,

    /// <summary>Amounts with a currency symbol or thousands separators (<c>£2,013.02</c>).</summary>
    Money,

    /// <summary>Dates in one of <see cref="CellPatterns.DateFormats"/>.</summary>
    Date,

    /// <summary>Yes or no: <c>true</c>/<c>false</c>, <c>yes</c>/<c>no</c>, <c>y</c>/<c>n</c>.</summary>
    Boolean,

    /// <summary>A few values repeated (a status, a rating, a department).</summary>
    Enumeration,

    /// <summary>Anything else.</summary>
    Text,
}

namespace PmoAssess.Import.Inspection;

/// <summary>
/// Counts, cell by cell, how many of a column's values fit each type, keeping only counts, a few samples and (while
/// they stay few and short) the distinct values: memory does not grow with the number of rows.
/// </summary>
internal sealed class ColumnProfiler
{
    /// <summary>Distinct values kept for enumerations and uniqueness; past this the column is neither.</summary>
    private const int MaxDistinct = 10_000;

    /// <summary>Values longer than this are prose: never an enumeration value or an id, so not kept.</summary>
    private const int MaxKeptLength = 200;

    /// <summary>At most this many distinct values make an enumeration.</summary>
    private const int MaxEnumerationValues = 20;

    private const int SampleCount = 3;

    private static readonly ValueKind[] TypedKinds = [ValueKind.Boolean, ValueKind.Integer, ValueKind.Number, ValueKind.Money];

    private readonly int _column;
    private readonly string _header;
    private readonly Dictionary<string, int> _distinct = new(StringComparer.Ordinal);
    private readonly Dictionary<ValueKind, Tally> _kinds = TypedKinds.ToDictionary(kind => kind, _ => new Tally());
    private readonly Tally[] _dates = CellPatterns.DateFormats.Select(_ => new Tally()).ToArray();
    private bool _tooManyDistinct;
    private int _filled;
    private int _empty;
    private int _moneyMarked;

    public ColumnProfiler(int column, string header) => (_column, _header) = (column, header);

    /// <summary>Takes one cell (an empty string for a row too short to reach the column).</summary>
    public void Add(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            _empty++;
            return;
        }

        _filled++;
        Count(text);
        _kinds[ValueKind.Boolean].Add(CellPatterns.IsBoolean(text), text);
        _kinds[ValueKind.Integer].Add(CellPatterns.IsInteger(text), text);
        _kinds[ValueKind.Number].Add(CellPatterns.IsNumber(text), text);
        _kinds[ValueKind.Money].Add(CellPatterns.IsMoney(text), text);
        _moneyMarked += CellPatterns.LooksLikeMoney(text) ? 1 : 0;
        for (var index = 0; index < _dates.Length; index++)
        {
            _dates[index].Add(CellPatterns.IsDate(text, CellPatterns.DateFormats[index]), text);
        }
    }

    /// <summary>
    /// The guess: the first of boolean, date, money, number that at least half the filled cells fit (integers when
    /// every number is whole); otherwise an enumeration when a few repeated values cover most cells; otherwise text.
    /// </summary>
    public ColumnProfile Build()
    {
        var values = _tooManyDistinct
            ? []
            : _distinct.Select(pair => new ValueCount(pair.Key, pair.Value)).OrderByDescending(value => value.Count).ThenBy(value => value.Value, StringComparer.Ordinal).ToList();
        var unique = !_tooManyDistinct && _empty == 0 && _filled > 0 && values.Count == _filled;
        if (_filled == 0)
        {
            return Profile(ValueKind.Empty, 0, [], values, unique);
        }

        var bestDate = Enumerable.Range(0, _dates.Length).MaxBy(index => (_dates[index].Fits, -index));
        var half = (_filled + 1) / 2;
        if (_kinds[ValueKind.Boolean].Fits >= half)
        {
            return Typed(ValueKind.Boolean, values, unique);
        }

        if (_dates[bestDate].Fits >= half)
        {
            var tally = _dates[bestDate];
            return Profile(ValueKind.Date, tally.Fits, tally.Misfits, values, unique) with
            {
                DateFormat = CellPatterns.DateFormats[bestDate],
                OtherDateFormats = OtherReadings(bestDate),
            };
        }

        if (_moneyMarked > 0 && _kinds[ValueKind.Money].Fits >= half)
        {
            return Typed(ValueKind.Money, values, unique);
        }

        if (_kinds[ValueKind.Number].Fits >= half)
        {
            return Typed(_kinds[ValueKind.Integer].Fits == _kinds[ValueKind.Number].Fits ? ValueKind.Integer : ValueKind.Number, values, unique);
        }

        var common = values.Where(value => value.Count >= 2).Take(MaxEnumerationValues + 1).ToList();
        var covered = common.Sum(value => value.Count);
        if (common.Count is > 0 and <= MaxEnumerationValues && covered * 5 >= _filled * 4 && values.Count * 2 <= _filled)
        {
            var misfits = values.Where(value => value.Count < 2).Take(SampleCount).Select(value => value.Value).ToList();
            return Profile(ValueKind.Enumeration, covered, misfits, values, unique);
        }

        return Profile(ValueKind.Text, _filled, [], values, unique);
    }

    private ColumnProfile Typed(ValueKind kind, List<ValueCount> values, bool unique) => Profile(kind, _kinds[kind].Fits, _kinds[kind].Misfits, values, unique);

    private ColumnProfile Profile(ValueKind kind, int fitting, IReadOnlyList<string> misfits, List<ValueCount> values, bool unique) =>
        new(_column, _header, kind, _filled, _empty, fitting, null, values, misfits, unique);

    /// <summary>Formats that fit as many cells as the chosen one but put day and month the other way round.</summary>
    private List<string> OtherReadings(int chosen)
    {
        static string Shape(string format) => format.Replace("dd", "d", StringComparison.Ordinal).Replace("MM", "M", StringComparison.Ordinal);
        var order = static (string format) => format.IndexOf('d', StringComparison.Ordinal) < format.IndexOf('M', StringComparison.Ordinal);
        return Enumerable.Range(0, _dates.Length)
            .Where(index => index != chosen && _dates[index].Fits == _dates[chosen].Fits)
            .Select(index => CellPatterns.DateFormats[index])
            .Where(format => order(format) != order(CellPatterns.DateFormats[chosen]) && Shape(format) != Shape(CellPatterns.DateFormats[chosen]))
            .ToList();
    }

    private void Count(string text)
    {
        if (_tooManyDistinct)
        {
            return;
        }

        if (text.Length > MaxKeptLength || (_distinct.Count >= MaxDistinct && !_distinct.ContainsKey(text)))
        {
            _tooManyDistinct = true;
            _distinct.Clear();
            return;
        }

        _distinct[text] = _distinct.GetValueOrDefault(text) + 1;
    }

    /// <summary>How many cells fit a type, and the first few distinct ones that do not.</summary>
    private sealed class Tally
    {
        private readonly List<string> _misfits = [];

        public int Fits { get; private set; }

        public IReadOnlyList<string> Misfits => _misfits;

        public void Add(bool fits, string text)
        {
            if (fits)
            {
                Fits++;
            }
            else if (_misfits.Count < SampleCount && !_misfits.Contains(text, StringComparer.Ordinal))
            {
                _misfits.Add(text);
            }
        }
    }
}

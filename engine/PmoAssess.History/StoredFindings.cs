using System.Text;
using Microsoft.Data.Sqlite;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using SQLitePCL;

namespace PmoAssess.History;

/// <summary>
/// A recorded run's findings read back from the store, held in columns and made into <see cref="RecordedFinding"/>s
/// when asked for. The last run is read before the next assessment's rules run and held until the two are compared; at
/// 100,000 projects that is 362,000 findings, which as records took 70 MB through the whole assessment. In columns, each
/// distinct text kept once and each message as UTF-8, they take 46 MB. Read for a comparison, which wants the messages
/// of the findings that went away alone, the messages are read when asked for (<see cref="MessagesAt"/>): at a million
/// projects they were 166 MB held from the end of the evaluation to the comparison, and hashing them to keep each once
/// was most of the reading's time beside SQLite's.
/// </summary>
internal sealed class StoredFindings : KeyedFindings
{
    private readonly string[] _rules;
    private readonly string[] _subjects;
    private readonly string?[] _projects;
    private readonly EntityKind[] _kinds;
    private readonly Severity[] _severities;
    private readonly FindingState[] _states;

    // The messages as read with the rest, or how to read those of some findings (by their places) when asked for.
    private readonly byte[]?[]? _messages;
    private readonly MessagesAt? _later;

    private StoredFindings(int count, MessagesAt? later)
    {
        _rules = new string[count];
        _subjects = new string[count];
        _projects = new string?[count];
        _kinds = new EntityKind[count];
        _severities = new Severity[count];
        _states = new FindingState[count];
        _later = later;
        _messages = later is null ? new byte[]?[count] : null;
    }

    /// <summary>
    /// Reads the messages of the findings at <paramref name="positions"/> (ascending) in the store, each as UTF-8, or
    /// <c>null</c> for one without a message or no longer in the store.
    /// </summary>
    public delegate byte[]?[] MessagesAt(IReadOnlyList<int> positions);

    public override int Count => _rules.Length;

    public override RecordedFinding this[int index] => Whole([index])[0];

    public override (string Rule, EntityKind Kind, string Subject) KeyAt(int index) => (_rules[index], _kinds[index], _subjects[index]);

    public override IReadOnlyList<RecordedFinding> Whole(IReadOnlyList<int> indices)
    {
        foreach (var index in indices)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        }

        if (_later is null)
        {
            return [.. indices.Select(index => Made(index, _messages![index]))];
        }

        // A finding's place among its run's is its position in the store (the findings are read in that order, from 0).
        int[] inOrder = [.. indices.Order()];
        var messages = _later(inOrder);
        return [.. indices.Select(index => Made(index, messages[Array.BinarySearch(inOrder, index)]))];
    }

    private RecordedFinding Made(int index, byte[]? message) => new()
    {
        RuleId = _rules[index],
        SubjectKind = _kinds[index],
        SubjectId = _subjects[index],
        ProjectId = _projects[index],
        Severity = _severities[index],
        State = _states[index],
        Message = message is null ? null : Encoding.UTF8.GetString(message),
    };

    /// <summary>
    /// Reads the findings of run <paramref name="run"/>, in order; <paramref name="count"/> is how many its row says it
    /// has, a size to start from. Their messages are read with them, or by <paramref name="later"/> when asked for. The
    /// statement is stepped on the connection's SQLite handle (inside its transaction) and each text decoded into one
    /// buffer and looked up there: through <see cref="SqliteDataReader"/>, seven strings a row were made and most dropped
    /// at once, 209 MB and two seconds of a core at 100,000 projects, beside the data's reading.
    /// </summary>
    public static StoredFindings Read(SqliteConnection connection, long run, int count, MessagesAt? later = null)
    {
        var database = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, "SELECT rule_id, subject_kind, subject_id, project_id, severity, status" +
            (later is null ? ", message" : string.Empty) + " FROM finding WHERE run_id = ?1 ORDER BY position", out var statement), database);
        using (statement)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_int64(statement, 1, run), database);
            var columns = new Columns(statement);
            var findings = new StoredFindings(Math.Max(count, 0), later);
            var read = 0;
            int step;
            for (; (step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW; read++)
            {
                if (read == findings.Count)
                {
                    findings = findings.Resized(Math.Max(16, read * 2));
                }

                findings._rules[read] = columns.Text(0)!;
                findings._kinds[read] = columns.Name<EntityKind>(1);
                findings._subjects[read] = columns.Text(2)!;
                findings._projects[read] = columns.Text(3);
                findings._severities[read] = columns.Name<Severity>(4);
                findings._states[read] = columns.Name<FindingState>(5);
                if (findings._messages is { } messages)
                {
                    messages[read] = columns.Message(6);
                }
            }

            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, database);
            }

            return read == findings.Count ? findings : findings.Resized(read);
        }
    }

    private StoredFindings Resized(int count)
    {
        var resized = new StoredFindings(count, _later);
        var kept = Math.Min(count, Count);
        Array.Copy(_rules, resized._rules, kept);
        Array.Copy(_subjects, resized._subjects, kept);
        Array.Copy(_projects, resized._projects, kept);
        if (_messages is not null)
        {
            Array.Copy(_messages, resized._messages!, kept);
        }

        Array.Copy(_kinds, resized._kinds, kept);
        Array.Copy(_severities, resized._severities, kept);
        Array.Copy(_states, resized._states, kept);
        return resized;
    }

    /// <summary>The current row's columns, each text decoded into one reused buffer and kept once.</summary>
    private sealed class Columns(sqlite3_stmt statement)
    {
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _texts =
            new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        // Each column's text in the row before, as read and as kept: a run's findings come rule by rule, most of a
        // project's side by side, so a rule's id (and often the project's) is the one just read. Looked up again each time,
        // the texts were a third of reading a run beside SQLite.
        private readonly (byte[] Utf8, int Length, string? Text)[] _before = new (byte[], int, string?)[raw.sqlite3_column_count(statement)];

        // Keyed by the bytes themselves: keyed by their text, every distinct message was a UTF-16 string besides its
        // bytes while the run was read, garbage at the assessment's peak (about 300 MB of strings and 127 MB of the
        // table's entries at a million projects). Recorded in a store holding the previous run, a million projects
        // peaked at 5,930 MiB against 6,173 and 6,275 MiB.
        private readonly HashSet<byte[]>.AlternateLookup<ReadOnlySpan<byte>> _messages =
            new HashSet<byte[]>(BytesComparer.Instance).GetAlternateLookup<ReadOnlySpan<byte>>();

        private char[] _chars = new char[256];

        /// <summary>The column's text, the same string as every equal text before it; <c>null</c> for SQL NULL.</summary>
        public string? Text(int column)
        {
            if (raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL)
            {
                return null;
            }

            var utf8 = raw.sqlite3_column_blob(statement, column);
            ref var before = ref _before[column];
            if (before.Text is { } same && utf8.SequenceEqual(before.Utf8.AsSpan(0, before.Length)))
            {
                return same;
            }

            var text = Decoded(utf8);
            if (!_texts.TryGetValue(text, out var pooled))
            {
                pooled = text.ToString();
                _texts.Dictionary.Add(pooled, pooled);
            }

            if (before.Utf8 is null || before.Utf8.Length < utf8.Length)
            {
                before.Utf8 = new byte[Math.Max(64, utf8.Length)];
            }

            utf8.CopyTo(before.Utf8);
            (before.Length, before.Text) = (utf8.Length, pooled);
            return pooled;
        }

        /// <summary>The column's text as UTF-8, the same array as every equal text before it; <c>null</c> for SQL NULL.</summary>
        public byte[]? Message(int column)
        {
            if (raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL)
            {
                return null;
            }

            var utf8 = raw.sqlite3_column_blob(statement, column);
            if (!_messages.TryGetValue(utf8, out var bytes))
            {
                bytes = utf8.ToArray();
                _messages.Set.Add(bytes);
            }

            return bytes;
        }

        /// <summary>The enumeration value the column names (<see cref="StoreText.ParseName{TEnum}(ReadOnlySpan{char})"/>).</summary>
        public TEnum Name<TEnum>(int column)
            where TEnum : struct, Enum => StoreText.ParseName<TEnum>(Decoded(raw.sqlite3_column_blob(statement, column)));

        private ReadOnlySpan<char> Decoded(ReadOnlySpan<byte> bytes)
        {
            if (Encoding.UTF8.GetMaxCharCount(bytes.Length) > _chars.Length)
            {
                _chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
            }

            return _chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, _chars));
        }
    }
}

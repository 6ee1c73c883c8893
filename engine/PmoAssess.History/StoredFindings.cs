using System.Collections;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;

namespace PmoAssess.History;

/// <summary>
/// A recorded run's findings read back from the store, held in columns and made into <see cref="RecordedFinding"/>s
/// when asked for. The last run is read before the next assessment's rules run and held until the two are compared; at
/// 100,000 projects that is 362,000 findings, which as records took 70 MB through the whole assessment. In columns, each
/// distinct text kept once and each message (read only for the findings that went away) as UTF-8, they take 46 MB.
/// </summary>
internal sealed class StoredFindings : IReadOnlyList<RecordedFinding>, IFindingKeys
{
    private readonly string[] _rules;
    private readonly string[] _subjects;
    private readonly string?[] _projects;
    private readonly byte[]?[] _messages;
    private readonly EntityKind[] _kinds;
    private readonly Severity[] _severities;
    private readonly FindingState[] _states;

    private StoredFindings(int count)
    {
        _rules = new string[count];
        _subjects = new string[count];
        _projects = new string?[count];
        _messages = new byte[]?[count];
        _kinds = new EntityKind[count];
        _severities = new Severity[count];
        _states = new FindingState[count];
    }

    public int Count => _rules.Length;

    public RecordedFinding this[int index] => new()
    {
        RuleId = _rules[index],
        SubjectKind = _kinds[index],
        SubjectId = _subjects[index],
        ProjectId = _projects[index],
        Severity = _severities[index],
        State = _states[index],
        Message = _messages[index] is { } message ? Encoding.UTF8.GetString(message) : null,
    };

    public (string Rule, EntityKind Kind, string Subject) KeyAt(int index) => (_rules[index], _kinds[index], _subjects[index]);

    public IEnumerator<RecordedFinding> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Reads the rows of <paramref name="reader"/>, in order, as <c>rule_id, subject_kind, subject_id, project_id, severity,
    /// status, message</c>; <paramref name="count"/> is how many the run says it has, a size to start from.
    /// </summary>
    public static StoredFindings Read(SqliteDataReader reader, int count)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var messages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var kinds = new NameCache<EntityKind>();
        var severities = new NameCache<Severity>();
        var states = new NameCache<FindingState>();
        var findings = new StoredFindings(Math.Max(count, 0));
        var read = 0;
        for (; reader.Read(); read++)
        {
            if (read == findings.Count)
            {
                findings = findings.Resized(Math.Max(16, read * 2));
            }

            findings._rules[read] = Pooled(texts, reader.GetString(0));
            findings._kinds[read] = kinds.Parse(reader.GetString(1));
            findings._subjects[read] = Pooled(texts, reader.GetString(2));
            findings._projects[read] = reader.IsDBNull(3) ? null : Pooled(texts, reader.GetString(3));
            findings._severities[read] = severities.Parse(reader.GetString(4));
            findings._states[read] = states.Parse(reader.GetString(5));
            if (!reader.IsDBNull(6))
            {
                var message = reader.GetString(6);
                findings._messages[read] = CollectionsMarshal.GetValueRefOrAddDefault(messages, message, out _) ??= Encoding.UTF8.GetBytes(message);
            }
        }

        return read == findings.Count ? findings : findings.Resized(read);
    }

    private StoredFindings Resized(int count)
    {
        var resized = new StoredFindings(count);
        var kept = Math.Min(count, Count);
        Array.Copy(_rules, resized._rules, kept);
        Array.Copy(_subjects, resized._subjects, kept);
        Array.Copy(_projects, resized._projects, kept);
        Array.Copy(_messages, resized._messages, kept);
        Array.Copy(_kinds, resized._kinds, kept);
        Array.Copy(_severities, resized._severities, kept);
        Array.Copy(_states, resized._states, kept);
        return resized;
    }

    private static string Pooled(Dictionary<string, string> texts, string text) =>
        CollectionsMarshal.GetValueRefOrAddDefault(texts, text, out _) ??= text;

    /// <summary>Each spelling parsed once: a column of 362,000 rows holds a handful of names.</summary>
    private sealed class NameCache<TEnum>
        where TEnum : struct, Enum
    {
        private readonly Dictionary<string, TEnum> _parsed = new(StringComparer.Ordinal);

        public TEnum Parse(string name)
        {
            if (!_parsed.TryGetValue(name, out var value))
            {
                value = StoreText.ParseName<TEnum>(name);
                _parsed.Add(name, value);
            }

            return value;
        }
    }
}

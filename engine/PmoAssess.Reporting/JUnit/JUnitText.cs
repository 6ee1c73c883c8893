using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Xml;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Reporting.JUnit;

/// <summary>
/// The text of <c>junit.xml</c>'s test cases. A large assessment writes hundreds of thousands of them, so the text is put
/// together in one reused builder and text that XML can already hold is passed on as it is, not copied.
/// </summary>
internal sealed class JUnitText(AssessmentReport report)
{
    private readonly StringBuilder _text = new();

    // Each kind's name made once: Enum.ToString boxed the kind of every one of hundreds of thousands of test cases (15 MB).
    private static readonly FrozenDictionary<EntityKind, string> KindNames = Enum.GetValues<EntityKind>().ToFrozenDictionary(kind => kind, kind => kind.ToString());

    // What _text holds, copied out to be cleaned and written: XmlWriter takes characters from an array, not a builder.
    private char[] _characters = new char[1024];

    /// <summary>The test case's name attribute: "GOV-001 Project PRJ-003", cleaned.</summary>
    public void WriteName(XmlWriter xml, RuleOutcome outcome)
    {
        xml.WriteStartAttribute("name");
        _text.Clear().Append(outcome.RuleId).Append(' ').Append(KindNames[outcome.SubjectKind]).Append(' ').Append(outcome.SubjectId);
        WriteText(xml);
        xml.WriteEndAttribute();
    }

    /// <summary>The message, the subject with its project's name, then one line per value the rule looked at; cleaned.</summary>
    public void WriteDetails(XmlWriter xml, string message, RuleOutcome outcome)
    {
        _text.Clear().Append(message).Append('\n').Append("Subject: ");
        AppendSubject(outcome);
        // By index: an enumerator of the list each time was 12 MB of garbage at 100,000 projects.
        var evidence = outcome.Evidence;
        for (var index = 0; index < evidence.Count; index++)
        {
            _text.Append('\n').Append("Evidence: ");
            AppendEvidence(evidence[index]);
        }

        WriteText(xml);
    }

    /// <summary>
    /// The skipped element of a not-assessable outcome: "Not assessable: no value for 'sponsor'.", or the rule's own reason
    /// after the prefix; cleaned. Put together in the builder: a large assessment has hundreds of thousands.
    /// </summary>
    public void WriteNotAssessable(XmlWriter xml, RuleOutcome outcome)
    {
        var reason = _text.Clear().Append("Not assessable: ").Length;
        _ = outcome.Message is { } message ? _text.Append(message)
            : outcome.MissingField is { } field ? _text.Append("No value for '").Append(field).Append("'.")
            : _text.Append("The data could not decide.");

        // "No value ..." reads "no value ..." after the prefix; "PRJ-003 ..." keeps its capital.
        if (_text.Length - reason > 1 && char.IsUpper(_text[reason]) && char.IsLower(_text[reason + 1]))
        {
            _text[reason] = char.ToLowerInvariant(_text[reason]);
        }

        xml.WriteStartElement("skipped");
        WriteText(xml);
        xml.WriteEndElement();
    }

    /// <summary>
    /// Replaces what XML 1.0 cannot hold (control characters other than tab and line breaks, lone surrogates) with
    /// U+FFFD, so untrusted text from the client's data never makes the file ill-formed. Text with nothing to replace,
    /// nearly all of it, comes back as it is.
    /// </summary>
    public static string Clean(string text)
    {
        var first = FirstUnfit(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (clean, state) =>
        {
            state.text.CopyTo(clean);
            ReplaceUnfit(clean, state.first);
        });
    }

    /// <summary>Writes what the builder holds, cleaned as <see cref="Clean"/> cleans, as text of the node being written.</summary>
    private void WriteText(XmlWriter xml)
    {
        var length = _text.Length;
        if (_characters.Length < length)
        {
            _characters = new char[Math.Max(length, _characters.Length * 2)];
        }

        _text.CopyTo(0, _characters, length);
        var text = _characters.AsSpan(0, length);
        if (FirstUnfit(text) is var first and >= 0)
        {
            ReplaceUnfit(text, first);
        }

        xml.WriteChars(_characters, 0, length);
    }

    /// <summary>
    /// Replaces, in place and from <paramref name="first"/> on, each character XML 1.0 cannot hold with U+FFFD. The length
    /// stays: a surrogate pair stays a pair, and one character that cannot be held becomes one replacement.
    /// </summary>
    private static void ReplaceUnfit(Span<char> text, int first)
    {
        for (var index = first; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (!XmlConvert.IsXmlChar(text[index]))
            {
                text[index] = '\uFFFD';
            }
        }
    }

    /// <summary>Where the first character XML 1.0 cannot hold is, reading surrogate pairs as one; -1 when there is none.</summary>
    private static int FirstUnfit(ReadOnlySpan<char> text)
    {
        var index = 0;
        while (index < text.Length)
        {
            // Most text is in the range below the surrogates: skip it in one vectorised search.
            var next = text[index..].IndexOfAnyExceptInRange('\u0020', '\uD7FF');
            if (next < 0)
            {
                return -1;
            }

            index += next;
            var c = text[index];
            if (c is '\t' or '\n' or '\r' or (>= '\uE000' and <= '\uFFFD'))
            {
                index++;
            }
            else if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index += 2;
            }
            else
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>"Project PRJ-003 Billing" or "Risk RSK-006 of project PRJ-003 Billing".</summary>
    private void AppendSubject(RuleOutcome outcome)
    {
        if (outcome.ProjectId is { } projectId && outcome.SubjectKind == EntityKind.Project)
        {
            AppendProject(_text.Append("Project "), projectId);
            return;
        }

        _text.Append(KindNames[outcome.SubjectKind]).Append(' ').Append(outcome.SubjectId);
        if (outcome.ProjectId is { } owner)
        {
            AppendProject(_text.Append(" of project "), owner);
        }
    }

    private void AppendProject(StringBuilder text, string projectId)
    {
        text.Append(projectId);
        if (report.ProjectNames.TryGetValue(projectId, out var name))
        {
            text.Append(' ').Append(name);
        }
    }

    private void AppendEvidence(Evidence evidence)
    {
        if (evidence.File is null)
        {
            _text.Append(evidence.Field);
        }
        else
        {
            _text.Append(evidence.File);
            if (evidence.Row is { } row)
            {
                _text.Append(" row ").Append(CultureInfo.InvariantCulture, $"{row}");
            }

            _text.Append(", ").Append(evidence.Column ?? evidence.Field);
        }

        _text.Append(": ");
        _ = evidence.Value switch
        {
            null => _text.Append("(no such column)"),
            "" => _text.Append("(blank)"),
            { } value => _text.Append('"').Append(value).Append('"'),
        };
    }
}

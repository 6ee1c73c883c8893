using System.Text;

namespace PmoAssess.Tests.Fuzz;

/// <summary>
/// The property every reader of untrusted input must keep: it returns data, or throws the documented error whose
/// message says where the problem is. Anything else (a NullReferenceException, an IndexOutOfRangeException, a
/// parser's own exception type leaking out) is a crasher: the CLI would print a stack trace and exit with no code of ours.
/// </summary>
internal static class HostileInput
{
    /// <summary>Runs <paramref name="read"/>; passes when it returns, or throws an <see cref="InvalidInputException"/> naming a file.</summary>
    public static bool ReadsOrRefusesWithLocation(Action read, string input)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidInputException exception) when (exception.Message.Contains("File=", StringComparison.Ordinal))
        {
            return true;
        }
        catch (Exception exception)
        {
            throw new ShouldAssertException("Crasher: " + exception.GetType().FullName + ": " + exception.Message +
                "\nInput (C# escaped): \"" + Escape(input) + "\"", exception);
        }
    }

    /// <summary>
    /// Writes text as UTF-8, lone surrogates as U+FFFD (File.WriteAllText throws on them, which would be the test's crash, not
    /// the reader's); invalid bytes are the byte-level tests' business.
    /// </summary>
    public static string Write(TempFolder folder, string name, string text)
    {
        var path = folder.Combine(name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>The text as a C# string literal's content, so a crasher can be pasted into a regression test.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Length > 2000 ? text[..2000] + "...(cut)" : text)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c > '~' => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>The bytes as a C# array literal's content.</summary>
    public static string Escape(byte[] bytes) =>
        string.Join(", ", bytes.Take(2000).Select(b => "0x" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
}

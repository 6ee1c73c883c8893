using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Rulesets.Yaml;

/// <summary>
/// Maps an offset inside a scalar's value to the line and column of the file, so an error in an expression
/// points at the character, also in quoted, folded and block scalars.
/// </summary>
internal static class ScalarPositions
{
    public static Mark Locate(YamlFile file, YamlScalarNode scalar, int offset)
    {
        var start = scalar.Start;
        if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // Block scalars start on the line after their indicator; each source line holds one line of the value.
            var remaining = offset;
            for (var line = (int)start.Line + 1; line <= file.Lines.Count; line++)
            {
                var text = file.Lines[line - 1].TrimEnd('\r');
                var content = text.TrimStart();
                if (remaining <= content.Length)
                {
                    return At(line, text.Length - content.Length + remaining + 1);
                }

                remaining -= content.Length + 1;
            }

            return start;
        }

        // Flow scalars: walk the source from the first character of the value; a line break folds into one space.
        var row = (int)start.Line;
        var column = (int)start.Column + (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0);
        for (var consumed = 0; consumed < offset && row <= file.Lines.Count; consumed++)
        {
            var text = file.Lines[row - 1].TrimEnd('\r');
            if (column > text.Length)
            {
                row++;
                var next = row <= file.Lines.Count ? file.Lines[row - 1] : string.Empty;
                column = next.Length - next.TrimStart().Length + 1;
            }
            else
            {
                column++;
            }
        }

        return At(row, column);
    }

    private static Mark At(int line, int column) => new(0, line, column);
}

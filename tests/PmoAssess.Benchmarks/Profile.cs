using System.Globalization;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace PmoAssess.Benchmarks;

/// <summary>
/// <c>profile SAMPLES R2RMAP IMAGE [--hz N] [--top N] [--under REGEX] [--callers REGEX]</c>: where a run's processor
/// time went, from what <c>perf script -F comm,tid,ip,sym,dso</c> printed of a <c>perf record -g</c> of the release
/// build (profile.sh makes both). Each sample is given to the innermost part of the program it was in (reading, NRules,
/// the writers...), and the functions most often running are listed; <c>--under</c> gives the time spent inside
/// functions whose name matches, by the function each called and by the function running, and <c>--callers</c> which
/// functions called those that match.
/// </summary>
/// <remarks>
/// The release build's code is one ReadyToRun composite image, which <c>perf</c> cannot name: published with
/// <c>-p:PublishReadyToRunEmitSymbols=true</c> it comes with an r2rmap (each method's address, size and name), and the
/// addresses <c>perf</c> prints for the image are offsets in its file, which the <c>.text</c> section's header turns into
/// addresses. Code compiled at run time is named by the runtime's own map (<c>DOTNET_PerfMapEnabled=1</c>).
/// </remarks>
internal static partial class Profile
{
    /// <summary>The parts of the program, first match wins, tried from the innermost frame of a sample outwards.</summary>
    private static readonly (string Part, Regex Frame)[] Parts =
    [
        ("the JIT compiler", new Regex(@"\(\S*libclrjit\.so\)$")),
        ("the kernel", new Regex(@"\(\[kernel\.kallsyms\]\)$")),
        ("clearing memory (memset)", new Regex(@"memset")),
        ("NRules", new Regex(@"^NRules\.")),
        ("ruleset rules", new Regex(@"^PmoAssess\.Rulesets\.")),
        ("outcome slots and tables", new Regex(@"^PmoAssess\.Assessment\.")),
        ("plugins' rules", new Regex(@"^PmoAssess\.Plugins\.")),
        ("history", new Regex(@"^PmoAssess\.History\.|^Microsoft\.Data\.Sqlite\.|^SQLitePCL\.|libe_sqlite3")),
        ("writers", new Regex(@"^PmoAssess\.Reporting\.|^Markdig\.|^System\.Xml\.|^System\.Text\.Json\.")),
        ("reading", new Regex(@"^PmoAssess\.Import\.|^CsvHelper\.")),
        ("facts and outcomes", new Regex(@"^PmoAssess\.Facts\.|^PmoAssess\.Outcomes\.")),
        ("LINQ", new Regex(@"^System\.Linq\.")),
    ];

    // Read on one thread only, as profile runs.
    private static readonly Dictionary<string, string> Shortened = new(StringComparer.Ordinal);

    public static int Run(string[] args) => Run(args, Console.Out);

    public static int Run(string[] args, TextWriter output)
    {
        var files = args.Where(arg => !arg.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, arg)).ToArray();
        if (files.Length != 3)
        {
            output.WriteLine("usage: profile SAMPLES R2RMAP IMAGE [--hz N] [--top N] [--under REGEX] [--callers REGEX]");
            return 2;
        }

        var hz = double.Parse(Arguments.Option(args, "--hz") ?? "499", CultureInfo.InvariantCulture);
        var top = int.Parse(Arguments.Option(args, "--top") ?? "30", CultureInfo.InvariantCulture);
        var names = new ImageNames(files[1], files[2]);
        var samples = Samples(files[0]).Select(frames => frames.Select(names.Name).ToArray()).ToList();
        string Seconds(int count) => (count / hz).ToString("0.00", CultureInfo.InvariantCulture).PadLeft(7);

        output.WriteLine($"{Seconds(samples.Count)} s in {samples.Count} samples at {hz} Hz");
        foreach (var (part, count) in Tally(samples.Select(PartOf)))
        {
            output.WriteLine($"{Seconds(count)}  {part}");
        }

        output.WriteLine();
        output.WriteLine("running most often:");
        foreach (var (function, count) in Tally(samples.Where(frames => frames.Length > 0).Select(frames => frames[0])).Take(top))
        {
            output.WriteLine($"{Seconds(count)}  {Shorten(function)}");
        }

        if (Arguments.Option(args, "--under") is { } pattern)
        {
            var under = new Regex(pattern);
            var inside = samples.Select(frames => Array.FindLastIndex(frames, frame => under.IsMatch(Shorten(frame))) is var at and >= 0 ? (frames, at) : default)
                .Where(sample => sample.frames is not null).ToList();
            output.WriteLine();
            output.WriteLine($"{Seconds(inside.Count)}  under /{pattern}/, by what the outermost match called:");
            foreach (var (callee, count) in Tally(inside.Select(sample => sample.at == 0 ? "(itself)" : Shorten(sample.frames[sample.at - 1]))).Take(top))
            {
                output.WriteLine($"{Seconds(count)}  {callee}");
            }

            output.WriteLine();
            output.WriteLine($"running most often under /{pattern}/:");
            foreach (var (function, count) in Tally(inside.Select(sample => Shorten(sample.frames[0]))).Take(top))
            {
                output.WriteLine($"{Seconds(count)}  {function}");
            }
        }

        if (Arguments.Option(args, "--callers") is { } running)
        {
            // Stubs and leaf helpers set up no frame, so the first frame out is the caller's or its caller's.
            var matched = new Regex(running);
            var calls = samples.Where(frames => frames.Length > 1 && matched.IsMatch(Shorten(frames[0])))
                .Select(frames => frames.Skip(1).Select(Shorten).FirstOrDefault(frame => !matched.IsMatch(frame)) ?? "(none)").ToList();
            output.WriteLine();
            output.WriteLine($"{Seconds(calls.Count)}  running /{running}/, by the first frame out that does not match:");
            foreach (var (caller, count) in Tally(calls).Take(top))
            {
                output.WriteLine($"{Seconds(count)}  {caller}");
            }
        }

        return 0;
    }

    private static string PartOf(string[] frames)
    {
        foreach (var frame in frames)
        {
            var name = Shorten(frame);
            foreach (var (part, pattern) in Parts)
            {
                if (pattern.IsMatch(frame) || pattern.IsMatch(name))
                {
                    return part;
                }
            }
        }

        return frames.Any(frame => frame.Contains("libcoreclr.so", StringComparison.Ordinal)) ? "the runtime (mostly the collector)" : "other";
    }

    private static IEnumerable<(string Key, int Count)> Tally(IEnumerable<string> keys) =>
        keys.GroupBy(key => key, StringComparer.Ordinal).Select(group => (group.Key, group.Count()))
            .OrderByDescending(pair => pair.Item2).ThenBy(pair => pair.Key, StringComparer.Ordinal);

    /// <summary>
    /// <c>Namespace.Type::Method</c> from either map's way of naming a method, without generic arguments, assembly or tier;
    /// the frame itself when it names none.
    /// </summary>
    private static string Shorten(string frame)
    {
        // A profile repeats the same few thousand frames: each is shortened once.
        if (!Shortened.TryGetValue(frame, out var shortened))
        {
            var plain = frame;
            while (Bracketed().Replace(plain, string.Empty) is var fewer && fewer.Length < plain.Length)
            {
                plain = fewer;
            }

            Shortened[frame] = shortened = MethodName().Match(plain) is { Success: true } match
                ? match.Groups["type"].Value + "::" + match.Groups["method"].Value
                : frame;
        }

        return shortened;
    }

    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?<type>[A-Za-z_][\w.`+<>|]*)::(?<method>[\w<>`.|$]+)")]
    private static partial Regex MethodName();

    /// <summary>Each sample's frames, innermost first, as <c>perf script</c> prints them: "name (library)".</summary>
    private static IEnumerable<List<string>> Samples(string path)
    {
        List<string>? frames = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (frames is not null)
                {
                    yield return frames;
                }

                frames = null;
            }
            else if (line[0] is ' ' or '\t')
            {
                // "<address> <name> (<library>)"
                var trimmed = line.Trim();
                frames?.Add(trimmed);
            }
            else
            {
                frames = [];
            }
        }

        if (frames is not null)
        {
            yield return frames;
        }
    }

    private static bool IsOptionValue(string[] args, string arg) =>
        Array.IndexOf(args, arg) is > 0 and var at && args[at - 1] is "--hz" or "--top" or "--under" or "--callers";

    /// <summary>Names the frames in the composite image, which <c>perf</c> prints as "[unknown]" at an offset in the file.</summary>
    private sealed class ImageNames
    {
        private readonly string _image;
        private readonly long _offsetToAddress;

        // The methods in address order, and where each starts: the search is over the starts.
        private readonly (long Start, long End, string Name)[] _methods;
        private readonly long[] _starts;

        public ImageNames(string r2rmap, string image)
        {
            _image = Path.GetFileName(image);
            using (var pe = new PEReader(File.OpenRead(image)))
            {
                var text = pe.PEHeaders.SectionHeaders.Single(section => section.Name == ".text");
                _offsetToAddress = text.VirtualAddress - (long)text.PointerToRawData;
            }

            // "ADDRESS SIZE NAME", in hexadecimal; the addresses from 0xF0000000 up are the map's own records, not methods.
            _methods = [.. File.ReadLines(r2rmap)
                .Select(line => line.Split(' ', 3))
                .Where(parts => parts.Length == 3)
                .Select(parts => (Start: Hex(parts[0]), Size: Hex(parts[1]), Name: parts[2]))
                .Where(method => method.Start < 0xF0000000)
                .Select(method => (method.Start, method.Start + method.Size, method.Name))
                .OrderBy(method => method.Item1)];
            _starts = [.. _methods.Select(method => method.Start)];
        }

        public string Name(string frame)
        {
            var space = frame.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !frame.EndsWith(_image + ")", StringComparison.Ordinal) || !frame.AsSpan(space + 1).StartsWith("[unknown]"))
            {
                return space < 0 ? frame : frame[(space + 1)..];
            }

            var address = Hex(frame[..space]) + _offsetToAddress;
            var at = Array.BinarySearch(_starts, address);
            at = at >= 0 ? at : ~at - 1;
            return at >= 0 && address < _methods[at].End ? _methods[at].Name + " (" + _image + ")" : frame[(space + 1)..];
        }

        private static long Hex(string text) => long.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}

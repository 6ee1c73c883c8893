using PmoAssess.Import;
using PmoAssess.Rulesets;
using PmoAssess.Rulesets.Yaml;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Scoring;

/// <summary>
/// Reads methodology files (<c>*.methodology.yaml</c>, see rulesets/methodologies/README.md), reporting every
/// problem with its line and column, as rulesets are.
/// </summary>
public static class MethodologyLoader
{
    /// <summary>The file name suffix of a methodology.</summary>
    public const string FileSuffix = ".methodology.yaml";

    /// <summary>The methodology used when none is chosen.</summary>
    public const string DefaultId = "pmo-functions";

    private static readonly string[] TopKeys =
        ["methodology", "name", "version", "description", "notice", "aggregation", "coverage", "levels", "categories", "mapping", "questions"];

    private static readonly string[] LevelKeys = ["level", "name", "description"];
    private static readonly string[] CategoryKeys = ["id", "name", "description", "weight"];
    private static readonly string[] MappingKeys = ["rule", "ruleCategory", "tag", "category", "level"];
    private static readonly string[] QuestionKeys = ["id", "category", "level", "text", "title", "remediation", "answer", "passAt", "options", "setUpStep"];

    /// <summary>
    /// Finds a methodology: <paramref name="idOrFile"/> is a methodology file, the id of one in
    /// <paramref name="builtInFolder"/>, or the id of one a plugin <paramref name="contributed"/>.
    /// </summary>
    /// <param name="idOrFile">A methodology file, or a methodology's id.</param>
    /// <param name="builtInFolder">The folder of the built-in methodologies.</param>
    /// <param name="contributed">The methodologies plugins contributed.</param>
    /// <param name="limits">How large and how deeply nested the file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">No such methodology, or it is not valid.</exception>
    public static Methodology Find(string idOrFile, string builtInFolder, IReadOnlyList<Methodology>? contributed = null, InputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(idOrFile);
        if (File.Exists(idOrFile))
        {
            return Load(idOrFile, limits);
        }

        if (NamesAFile(idOrFile))
        {
            throw new InvalidInputException("The methodology file does not exist. File=" + idOrFile);
        }

        var builtIn = Path.Combine(builtInFolder, idOrFile + FileSuffix);
        if (File.Exists(builtIn))
        {
            return Load(builtIn, limits);
        }

        if (contributed?.FirstOrDefault(methodology => methodology.Id == idOrFile) is { } fromPlugin)
        {
            return fromPlugin;
        }

        var known = Directory.Exists(builtInFolder)
            ? Directory.EnumerateFiles(builtInFolder, "*" + FileSuffix).Select(file => Path.GetFileName(file)[..^FileSuffix.Length]).Order(StringComparer.Ordinal).ToList()
            : [];
        var fromPlugins = contributed?.Select(methodology => methodology.Id).ToList() ?? [];
        throw new InvalidInputException(
            "Unknown methodology '" + idOrFile + "'" + Suggestions.DidYouMean(idOrFile, [.. known, .. fromPlugins]) +
            " Built in: " + string.Join(", ", known) + (fromPlugins.Count > 0 ? "; from plugins: " + string.Join(", ", fromPlugins) : string.Empty) +
            "; or give a " + FileSuffix + " file.");
    }

    /// <summary>Whether <paramref name="idOrFile"/> names a file rather than a methodology's id: a YAML file's name, or a path.</summary>
    public static bool NamesAFile(string idOrFile)
    {
        ArgumentNullException.ThrowIfNull(idOrFile);
        return idOrFile.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || idOrFile.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ||
            idOrFile.Contains('/', StringComparison.Ordinal) || idOrFile.Contains('\\', StringComparison.Ordinal);
    }

    /// <summary>Reads one methodology file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">How large and how deeply nested the file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">The file is not a valid methodology; every problem is listed.</exception>
    public static Methodology Load(string path, InputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var problems = new YamlProblems();
        var methodology = YamlFile.Load(path, Path.GetFileName(path), problems, limits ?? InputLimits.Default) is { } file ? Read(file, problems) : null;
        problems.ThrowIfAny("methodology");
        return methodology!;
    }

    private static Methodology? Read(YamlFile file, YamlProblems problems)
    {
        var top = YamlMapping.Open(file.Root, "a methodology", TopKeys, file, problems);
        if (top is null)
        {
            return null;
        }

        var before = problems.Count;
        var id = top.Text("methodology", required: true);
        var name = top.Text("name", required: true);
        var aggregation = top.Node("aggregation") is null ? Aggregation.Weakest : top.Enumeration<Aggregation>("aggregation", "weakest, mean or weighted");
        var coverage = top.Share("coverage") ?? 0.9m;
        var levels = top.Items("levels", required: true).Select(node => Level(node, file, problems)).OfType<MaturityLevel>().ToList();
        var categories = top.Items("categories", required: true).Select(node => Category(node, file, problems)).OfType<MethodologyCategory>().ToList();
        var categoryIds = categories.Select(category => category.Id).ToHashSet(StringComparer.Ordinal);
        var topLevel = levels.Count == 0 ? 5 : levels.Max(level => level.Level);
        var mapping = top.Items("mapping").Select(node => Mapping(node, file, problems, categoryIds, topLevel)).OfType<RuleMapping>().ToList();
        var questions = top.Items("questions").Select(node => Question(node, file, problems, categoryIds, topLevel)).OfType<MethodologyQuestion>().ToList();
        Unique(levels.Select(level => level.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)), "level", top);
        Unique(categories.Select(category => category.Id), "category id", top);
        Unique(questions.Select(question => question.Id), "question id", top);
        if (problems.Count > before || id is null || name is null || aggregation is null)
        {
            return null;
        }

        return new Methodology(mapping)
        {
            Id = id,
            Name = name,
            Version = top.Text("version"),
            Description = top.Text("description"),
            Notice = top.Text("notice"),
            Aggregation = aggregation.Value,
            Coverage = coverage,
            Levels = [.. levels.OrderBy(level => level.Level)],
            Categories = categories,
            Questions = questions,
            File = file.DisplayName,
        };
    }

    private static MaturityLevel? Level(YamlNode node, YamlFile file, YamlProblems problems)
    {
        var level = YamlMapping.Open(node, "a level", LevelKeys, file, problems);
        var number = level?.Integer("level", 1, 5, "a level", required: true);
        var name = level?.Text("name", required: true);
        return number is null || name is null ? null : new MaturityLevel(number.Value, name, level!.Text("description"));
    }

    private static MethodologyCategory? Category(YamlNode node, YamlFile file, YamlProblems problems)
    {
        var category = YamlMapping.Open(node, "a category", CategoryKeys, file, problems);
        var id = category?.Text("id", required: true);
        var name = category?.Text("name", required: true);
        var weight = 1m;
        if (category?.Scalar("weight") is { } scalar
            && (!decimal.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out weight) || weight <= 0))
        {
            category.Problem("Expected 'weight' to be a positive number, not '" + scalar.Value + "'.", scalar.Start);
            return null;
        }

        return id is null || name is null ? null : new MethodologyCategory(id, name, category!.Text("description"), weight);
    }

    private static RuleMapping? Mapping(YamlNode node, YamlFile file, YamlProblems problems, HashSet<string> categories, int topLevel)
    {
        var line = YamlMapping.Open(node, "a mapping line", MappingKeys, file, problems);
        if (line is null)
        {
            return null;
        }

        var (rule, ruleCategory, tag) = (line.Text("rule"), line.Text("ruleCategory"), line.Text("tag"));
        if (new[] { rule, ruleCategory, tag }.Count(selector => selector is not null) != 1)
        {
            line.Problem("A mapping line chooses rules by exactly one of 'rule', 'ruleCategory' or 'tag'.", line.Start);
            return null;
        }

        var category = KnownCategory(line, categories);
        var level = line.Integer("level", 1, topLevel, "a level of this methodology");
        return category is null ? null : new RuleMapping(rule, ruleCategory, tag, category, level);
    }

    private static MethodologyQuestion? Question(YamlNode node, YamlFile file, YamlProblems problems, HashSet<string> categories, int topLevel)
    {
        var question = YamlMapping.Open(node, "a question", QuestionKeys, file, problems);
        if (question is null)
        {
            return null;
        }

        var before = problems.Count;
        var id = question.Text("id", required: true);
        var category = KnownCategory(question, categories);
        var level = question.Integer("level", 1, topLevel, "a level of this methodology", required: true);
        var text = question.Text("text", required: true);
        var answer = question.Enumeration<AnswerType>("answer", "yes-no, scale, text or choice", required: true, what: "answer type");

        var options = question.List("options");
        if (answer == AnswerType.Choice && options.Count == 0)
        {
            question.Problem("A choice question lists its 'options'.", question.Start);
        }

        if (answer is not AnswerType.Choice && question.Node("options") is { } stray)
        {
            question.Problem("Only a choice question has 'options'.", stray.Start);
        }

        if (answer is not AnswerType.Scale && question.Node("passAt") is { } misplaced)
        {
            question.Problem("Only a scale question has 'passAt'.", misplaced.Start);
        }

        var setUpStep = question.Scalar("setUpStep");
        if (setUpStep is not null && !PmoStartUp.Keys.Contains(setUpStep.Value, StringComparer.Ordinal))
        {
            question.Problem("Unknown set-up step '" + setUpStep.Value + "'" + Suggestions.DidYouMean(setUpStep.Value ?? string.Empty, PmoStartUp.Keys) +
                " Steps: " + string.Join(", ", PmoStartUp.Keys) + ".", setUpStep.Start);
        }

        if (setUpStep is not null && answer is not (AnswerType.YesNo or AnswerType.Scale))
        {
            question.Problem("Only a scored question (yes-no or scale) can show a set-up step taken.", setUpStep.Start);
        }

        if (id is not null && !System.Text.RegularExpressions.Regex.IsMatch(id, "^[A-Za-z0-9][A-Za-z0-9_.-]*$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            question.Problem("A question id is letters, digits, '-', '_' and '.', such as PMO-Q01; not '" + id + "'.", question.Start);
        }

        return problems.Count > before || id is null || category is null || level is null || text is null || answer is null
            ? null
            : new MethodologyQuestion
            {
                Id = id,
                Category = category,
                Level = level.Value,
                Text = text,
                Title = question.Text("title"),
                Remediation = question.Text("remediation"),
                Answer = answer.Value,
                PassAt = question.Integer("passAt", 1, 5, "a point of the 1 to 5 scale") ?? 3,
                Options = options,
                SetUpStep = setUpStep?.Value,
            };
    }

    private static string? KnownCategory(YamlMapping mapping, HashSet<string> categories)
    {
        var category = mapping.Scalar("category", required: true);
        if (category is not null && !categories.Contains(category.Value!))
        {
            mapping.Problem("Unknown category '" + category.Value + "'" + Suggestions.DidYouMean(category.Value!, categories) + " Categories: " + string.Join(", ", categories) + ".", category.Start);
            return null;
        }

        return category?.Value;
    }

    private static void Unique(IEnumerable<string> values, string what, YamlMapping top)
    {
        foreach (var duplicate in values.GroupBy(value => value, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            top.Problem("The " + what + " '" + duplicate.Key + "' appears twice.", top.Start);
        }
    }
}

using System.Security.Cryptography;
using PmoAssess.Facts;
using PmoAssess.Rulesets.Yaml;

namespace PmoAssess.Import;

/// <summary>
/// Reads a portfolio in the canonical layout (a folder of CSV files, or one JSON document) into a
/// dataset, attaching each project's registers to it. Identity problems (duplicate ids, records that
/// point at unknown projects or portfolios) stop the import with the place they were found.
/// </summary>
public static class PortfolioReader
{
    /// <summary>The id of the one portfolio that holds every project when the data names no portfolios.</summary>
    public const string ImplicitPortfolioId = "portfolio";

    /// <summary>Reads the portfolio at <paramref name="path"/>.</summary>
    /// <param name="path">A folder of canonical CSV files, or a canonical .json or .yaml document.</param>
    /// <param name="limits">
    /// The largest file, most rows and longest cell read, and how deep a JSON or YAML document may nest (a YAML document is
    /// held to the document size limit, as it is parsed whole); <see cref="InputLimits.Default"/> when <c>null</c>.
    /// </param>
    /// <exception cref="InvalidInputException">The input is missing, unreadable, larger than a limit, or not in the canonical layout.</exception>
    public static PortfolioDataset Read(string path, InputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        limits ??= InputLimits.Default;
        if (Directory.Exists(path))
        {
            return ReadFolder(path, limits);
        }

        if (File.Exists(path))
        {
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".json" => ReadJson(path, limits),
                ".yaml" or ".yml" => ReadYaml(path, limits),
                _ => throw new InvalidInputException(
                    "Cannot assess this file: expected a folder of canonical CSV files, a .json or .yaml document, or --mapping for another layout. File=" +
                    Path.GetFileName(path)),
            };
        }

        throw new InvalidInputException("The input does not exist: expected a folder or a .json file. File=" + path);
    }

    private static PortfolioDataset ReadFolder(string folder, InputLimits limits)
    {
        if (!File.Exists(Path.Combine(folder, CanonicalLayout.Projects.FileName)))
        {
            throw new InvalidInputException(
                "The folder has no projects.csv: the canonical layout needs at least that file. File=" + CanonicalLayout.Projects.FileName);
        }

        var source = new CsvFolderSource(folder, limits);
        var dataset = Assemble(source);
        var layouts = new[] { CanonicalLayout.Portfolios, CanonicalLayout.Projects, CanonicalLayout.Evidence }.Concat(CanonicalLayout.ProjectChildren);
        var counts = RecordCounts(dataset);
        return Attach(dataset, source.ExistingFiles(layouts)
            .Select(name => Describe(Path.Combine(folder, name), name, counts.GetValueOrDefault(name), source.HashOf(name))));
    }

    private static PortfolioDataset ReadJson(string file, InputLimits limits) => ReadJson(new JsonDocumentSource(file, Path.GetFileName(file), limits));

    // YAML in the canonical shape is the JSON document written as YAML: converted, then read as JSON.
    private static PortfolioDataset ReadYaml(string file, InputLimits limits)
    {
        var problems = new YamlProblems();
        var yaml = YamlFile.Load(file, Path.GetFileName(file), problems, limits);
        problems.ThrowIfAny("portfolio document");
        var dataset = ReadJson(YamlToJson.Convert(yaml!.Root, yaml.DisplayName), yaml.DisplayName, limits);
        return Attach(dataset, [dataset.Sources[0] with { Sha256 = yaml.Sha256 }]);
    }

    /// <summary>Reads a canonical JSON document held in memory, named <paramref name="displayName"/> in messages and evidence.</summary>
    internal static PortfolioDataset ReadJson(byte[] json, string displayName, InputLimits limits) => ReadJson(new JsonDocumentSource(json, displayName, limits));

    private static PortfolioDataset ReadJson(JsonDocumentSource document)
    {
        using var source = document;
        var name = source.DisplayName;
        var dataset = Assemble(source);
        return Attach(dataset, [new DataSource { File = name, Sha256 = source.Sha256, Records = dataset.CountFacts() }]);
    }

    private static PortfolioDataset Assemble(ICanonicalSource source)
    {
        var portfolios = ReadUnique(source, CanonicalLayout.Portfolios, FactFactory.Portfolio);
        var portfolioIds = source.Has(CanonicalLayout.Portfolios) ? portfolios.Select(portfolio => portfolio.Id).ToHashSet(StringComparer.Ordinal) : null;
        var (children, registers, projectRecords) = ReadChildrenBesideProjects(source);
        var projects = projectRecords.Build(fields =>
        {
            var project = FactFactory.Project(fields, registers);
            if (portfolioIds is not null && project.PortfolioId is { } portfolioId && !portfolioIds.Contains(portfolioId))
            {
                throw InvalidInputException.At(
                    "The project names a portfolio that " + source.NameOf(CanonicalLayout.Portfolios) + " does not have: '" + portfolioId + "'.",
                    fields.LocationOf("portfolio"));
            }

            return project;
        }, inParallel: source.ReadsEntitiesInParallel);

        // Project ids are unique, so when every project id that children name was claimed by a project, each child's
        // project exists; only otherwise is each child looked up, to report the first that names none.
        if (!registers.AllClaimed())
        {
            ThrowAtFirstOrphan(source, children, projects);
        }

        return new PortfolioDataset
        {
            Portfolios = WithTheirProjects(portfolios, projects, source.Has(CanonicalLayout.Portfolios)),
            Projects = projects,
            Evidence = ReadUnique(source, CanonicalLayout.Evidence, FactFactory.Evidence),
        };
    }

    /// <summary>
    /// Attaches each portfolio's projects to it. Data without portfolios gets one that holds every project,
    /// so that portfolio-wide rules still have a subject.
    /// </summary>
    internal static List<Portfolio> WithTheirProjects(List<Portfolio> portfolios, List<Project> projects, bool portfoliosGiven)
    {
        if (!portfoliosGiven)
        {
            return projects.Count == 0 ? [] : [new Portfolio { Id = ImplicitPortfolioId, Name = "All projects", Projects = projects }];
        }

        var byPortfolio = projects.Where(project => project.PortfolioId is not null)
            .ToLookup(project => project.PortfolioId!, StringComparer.Ordinal);
        return [.. portfolios.Select(portfolio => new Portfolio
        {
            Id = portfolio.Id,
            Source = portfolio.Source,
            Name = portfolio.Name,
            Owner = portfolio.Owner,
            Projects = [.. byPortfolio[portfolio.Id]],
        })];
    }

    private static void ThrowAtFirstOrphan(ICanonicalSource source, List<ProjectChild>[] children, List<Project> projects)
    {
        var projectIds = projects.Select(project => project.Id).ToHashSet(StringComparer.Ordinal);
        for (var kind = 0; kind < children.Length; kind++)
        {
            if (children[kind].FindIndex(child => !projectIds.Contains(child.ProjectId)) is var index and >= 0)
            {
                throw InvalidInputException.At(
                    "The record belongs to a project that does not exist: '" + children[kind][index].ProjectId + "'.",
                    ProjectCellOf(source, CanonicalLayout.ProjectChildren[kind], index));
            }
        }
    }

    /// <summary>
    /// The records of each kind of project child, kind by kind, and the projects' records, waiting for their children to be
    /// known. All are read side by side when the source allows it; the problem reported is the one reading the children
    /// in turn, then the projects, would meet first.
    /// </summary>
    // A project is built with its children: its records are read beside theirs, and typed once they are all read. The
    // largest file starts first: in layout order, the last one read left the other core idle for 3 s at a million projects.
    private static (List<ProjectChild>[] Children, ProjectRegisters Registers, PendingProjects Projects) ReadChildrenBesideProjects(ICanonicalSource source)
    {
        var layouts = CanonicalLayout.ProjectChildren;
        var children = new List<ProjectChild>[layouts.Count];
        var registers = new ProjectRegisters();
        var projects = new PendingProjects();
        long[] sizes = [source.SizeOf(CanonicalLayout.Projects), .. layouts.Select(source.SizeOf)];
        SideBySide.LargestFirst(sizes, index =>
        {
            if (index == 0)
            {
                projects.Read(records => ReadUnique(source, CanonicalLayout.Projects, fields => fields.Kept(), fields => fields.Id, records));
                return;
            }

            var layout = layouts[index - 1];
            children[index - 1] = ReadUnique<ProjectChild>(source, layout, fields =>
                FactFactory.Child(layout.Kind, fields, fields.RequiredText("project")));
            registers.Add(layout.Kind, children[index - 1]);
        }, inParallel: source.ReadsEntitiesInParallel);
        return (children, registers, projects);
    }

    /// <summary>Where the record at <paramref name="index"/> of <paramref name="layout"/> names its project.</summary>
    // Found again by reading the records up to it: only a record naming an unknown project needs its place, and keeping
    // the place of every child read until the projects are known cost an object per child.
    private static SourceLocation ProjectCellOf(ICanonicalSource source, EntityLayout layout, int index) =>
        new RecordFields(source.Records(layout).ElementAt(index)).LocationOf("project");

    private static List<T> ReadUnique<T>(ICanonicalSource source, EntityLayout layout, Func<RecordFields, T> build)
        where T : Fact
    {
        var facts = new List<T>();
        ReadUnique(source, layout, build, fact => fact.Id, facts);
        return facts;
    }

    /// <summary>Adds what <paramref name="build"/> makes of each record to <paramref name="facts"/>, stopping at an id seen before.</summary>
    private static void ReadUnique<T>(ICanonicalSource source, EntityLayout layout, Func<RecordFields, T> build, Func<T, string> idOf, List<T> facts)
    {
        string? previous = null;
        HashSet<string>? ids = null;
        RecordFields? fields = null;
        foreach (var record in source.Records(layout))
        {
            fields = RecordFields.Of(record, fields);
            var id = fields.Id;

            // Ids in ascending order are unique without a set: files are usually written in id order, and a set of every
            // id of a large file was rebuilt again and again as it grew. The set is made once the order breaks.
            if (ids is null && (previous is null || string.CompareOrdinal(previous, id) < 0))
            {
                previous = id;
            }
            else if (!(ids ??= [.. facts.Select(idOf)]).Add(id))
            {
                throw InvalidInputException.At("The id '" + id + "' appears twice: ids must be unique.", fields.LocationOf("id"));
            }

            facts.Add(build(fields));
        }
    }

    // Each file of the folder holds one kind of fact, so its records are that kind's facts read from a file (the portfolio
    // made when the data names none has no source): counted from the lists, not by each fact's file.
    private static Dictionary<string, int> RecordCounts(PortfolioDataset dataset)
    {
        var projects = dataset.Projects;
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [CanonicalLayout.Portfolios.FileName] = dataset.Portfolios.Count(portfolio => portfolio.Source is not null),
            [CanonicalLayout.Projects.FileName] = projects.Count,
            [CanonicalLayout.Risks.FileName] = projects.Sum(project => project.Risks.Count),
            [CanonicalLayout.Issues.FileName] = projects.Sum(project => project.Issues.Count),
            [CanonicalLayout.Changes.FileName] = projects.Sum(project => project.Changes.Count),
            [CanonicalLayout.Milestones.FileName] = projects.Sum(project => project.Milestones.Count),
            [CanonicalLayout.Gates.FileName] = projects.Sum(project => project.Gates.Count),
            [CanonicalLayout.Benefits.FileName] = projects.Sum(project => project.Benefits.Count),
            [CanonicalLayout.Allocations.FileName] = projects.Sum(project => project.Allocations.Count),
            [CanonicalLayout.Evidence.FileName] = dataset.Evidence.Count,
        };
    }

    private static PortfolioDataset Attach(PortfolioDataset dataset, IEnumerable<DataSource> sources) => new()
    {
        Portfolios = dataset.Portfolios,
        Projects = dataset.Projects,
        Evidence = dataset.Evidence,
        Sources = [.. sources],
    };

    // Each file is hashed while it is parsed; one that was not read through (there is none today) is hashed here.
    private static DataSource Describe(string path, string name, int records, string? sha256)
    {
        if (sha256 is null)
        {
            using var stream = File.OpenRead(path);
            sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        return new DataSource { File = name, Sha256 = sha256, Records = records };
    }
}

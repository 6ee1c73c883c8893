using PmoAssess.Facts;
using PmoAssess.Import.Quality;
using PmoAssess.Import.Tables;
using PmoAssess.Outcomes;

namespace PmoAssess.Import.Mapping;

/// <summary>
/// Reads a client's files through a mapping into a dataset. The files stream row by row; problems with values and
/// identity (unreadable cells, missing ids, duplicates, orphans) become data-quality findings and the import goes on,
/// while a mapping that does not fit a file, or a file that is not a table, stops it (exit 3).
/// </summary>
internal sealed class MappedPortfolioReader
{
    private readonly MappingFile _mapping;
    private readonly IReadOnlyList<ITableFormat> _formats;
    private readonly DataQualityLog _log = new();
    private readonly List<BoundSource> _bound = [];
    private readonly List<DataSource> _files = [];

    // Every child record with where it came from, to point at it if its project never turns up.
    private readonly InputLimits _limits;

    private readonly List<(ProjectChild Child, BoundSource Source, int Row)> _linked = [];

    private MappedPortfolioReader(MappingFile mapping, IReadOnlyList<ITableFormat> formats, InputLimits limits)
    {
        _mapping = mapping;
        _formats = formats;
        _limits = limits;
    }

    /// <summary>Reads the files <paramref name="mapping"/> names; <paramref name="formats"/> are the table formats plugins added.</summary>
    public static ImportResult Read(MappingFile mapping, IReadOnlyList<ITableFormat>? formats = null, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return new MappedPortfolioReader(mapping, formats ?? [], limits ?? InputLimits.Default).Read();
    }

    /// <summary>Opens each source's table and binds the mapping to its header, reading no rows.</summary>
    public static void CheckFits(MappingFile mapping, IReadOnlyList<ITableFormat>? formats = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var reader = new MappedPortfolioReader(mapping, formats ?? [], InputLimits.Default);
        foreach (var source in mapping.Sources)
        {
            using var table = reader.Open(source);
            BoundSource.Bind(source, table, mapping.File);
        }
    }

    private ImportResult Read()
    {
        var portfolios = Facts(EntityKind.Portfolio, FactFactory.Portfolio).ToList();
        var registers = ReadChildren();
        var projects = Facts(EntityKind.Project, fields => FactFactory.Project(fields, registers)).ToList();
        var evidence = Facts(EntityKind.Organisation, FactFactory.Evidence).ToList();
        ReportOrphans(projects);
        var portfoliosGiven = _mapping.Sources.Any(source => source.Entity == EntityKind.Portfolio);
        ReportUnknownPortfolios(projects, portfoliosGiven ? portfolios.Select(portfolio => portfolio.Id).ToHashSet(StringComparer.Ordinal) : null);

        var dataset = new PortfolioDataset
        {
            Portfolios = PortfolioReader.WithTheirProjects(portfolios, projects, portfoliosGiven),
            Projects = projects,
            Evidence = evidence,
            Sources = [.. _files.GroupBy(file => file.File, StringComparer.Ordinal)
                .Select(group => group.First() with { Records = group.Sum(file => file.Records) })],
        };

        // Every record read and kept (not the implicit portfolio, which no file holds).
        _log.PassTheRest(dataset.AllFacts().Where(fact => fact.Source is not null));
        return new ImportResult(dataset, new DataQualityReport
        {
            Mapping = _mapping.File,
            MappingSha256 = _mapping.Sha256,
            Outcomes = _log.Outcomes,
            Completeness = [.. _bound.SelectMany(Completeness)],
        });
    }

    /// <summary>Children first, keyed by their project's id, so each project is built once with its registers.</summary>
    private ProjectRegisters ReadChildren()
    {
        var names = _mapping.Sources.Any(source => source.Project?.By == ProjectKey.Name) ? ProjectIdsByName() : null;
        var children = new List<ProjectChild>();
        foreach (var kind in CanonicalLayout.ProjectChildren.Select(layout => layout.Kind))
        {
            foreach (var (fields, source, row) in Rows(kind))
            {
                var link = source.Mapping.Project!;
                var key = Cell(row, source.ProjectColumn!.Value);
                if (key.Length == 0)
                {
                    Fail(DataQualityRules.MissingRequiredValue, kind, fields.Id, null, "The record names no project.", source, row.Row, link.Column, "project", key);
                    continue;
                }

                if ((link.By == ProjectKey.Name ? names!.GetValueOrDefault(key) : key) is not { } projectId)
                {
                    Fail(DataQualityRules.OrphanRecord, kind, fields.Id, null, "The record belongs to a project named '" + key + "' that the data does not have.",
                        source, row.Row, link.Column, "project", key);
                    continue;
                }

                var child = FactFactory.Child(kind, fields, projectId);
                children.Add(child);
                _linked.Add((child, source, row.Row));
            }
        }

        return ProjectRegisters.Group(children);
    }

    private IEnumerable<T> Facts<T>(EntityKind kind, Func<MappedFields, T> build)
    {
        foreach (var (fields, _, _) in Rows(kind))
        {
            yield return build(fields);
        }
    }

    /// <summary>The rows of every source of <paramref name="kind"/> that have a new id, with their fields ready to read.</summary>
    private IEnumerable<(MappedFields Fields, BoundSource Source, TableRow Row)> Rows(EntityKind kind)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mapping in _mapping.Sources.Where(source => source.Entity == kind))
        {
            if (kind != EntityKind.Project && (mapping.Custom.Count > 0 || mapping.KeepOtherColumns))
            {
                throw InvalidInputException.At(
                    "Only projects keep custom fields: remove custom and keepOtherColumns from this source.", mapping.Where);
            }

            using var table = Open(mapping);
            var source = BoundSource.Bind(mapping, table, _mapping.File);
            _bound.Add(source);
            var records = 0;
            foreach (var row in table.Rows())
            {
                records++;
                if (Identified(kind, source, row, ids) is { } id)
                {
                    var projectId = kind == EntityKind.Project ? id : null;
                    yield return (new MappedFields(source, row, _log, id, projectId), source, row);
                }
            }

            _files.Add(new DataSource { File = table.DisplayName, Sha256 = table.Sha256, Records = records });
        }
    }

    /// <summary>The row's id, or <c>null</c> (and a finding) when it has none or repeats one; a misshapen row is read anyway.</summary>
    private string? Identified(EntityKind kind, BoundSource source, TableRow row, HashSet<string> ids)
    {
        var id = Cell(row, source.IdColumn);
        if (id.Length == 0)
        {
            Fail(DataQualityRules.MissingRequiredValue, kind, source.File + ":" + Number(row.Row), null, "The row has no id.", source, row.Row, source.Mapping.Id, "id", id);
            return null;
        }

        if (!ids.Add(id))
        {
            Fail(DataQualityRules.DuplicateId, kind, id, null, "The id '" + id + "' appears again; this row is left out.", source, row.Row, source.Mapping.Id, "id", id);
            return null;
        }

        if (row.Cells.Count != source.Headers.Count)
        {
            Fail(DataQualityRules.RowShape, kind, id, kind == EntityKind.Project ? id : null,
                "The row has " + Number(row.Cells.Count) + " cells but the header has " + Number(source.Headers.Count) + ".",
                source, row.Row, source.Mapping.Id, "id", id);
        }

        return id;
    }

    private Dictionary<string, string> ProjectIdsByName()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mapping in _mapping.Sources.Where(source => source.Entity == EntityKind.Project))
        {
            using var table = Open(mapping);
            var source = BoundSource.Bind(mapping, table, _mapping.File);
            if (!source.Fields.TryGetValue("name", out var name) || name.Index is not { } nameColumn)
            {
                throw InvalidInputException.At("Child records link to projects by name, but this projects source maps no name column.", mapping.Where);
            }

            foreach (var row in table.Rows())
            {
                ids.TryAdd(Cell(row, nameColumn), Cell(row, source.IdColumn));
            }
        }

        return ids;
    }

    private void ReportOrphans(List<Project> projects)
    {
        var known = projects.Select(project => project.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (child, source, row) in _linked.Where(linked => !known.Contains(linked.Child.ProjectId)))
        {
            Fail(DataQualityRules.OrphanRecord, child.Kind, child.Id, null, "The record belongs to a project that the data does not have: '" + child.ProjectId + "'.",
                source, row, source.Mapping.Project!.Column, "project", child.ProjectId);
        }
    }

    private void ReportUnknownPortfolios(List<Project> projects, HashSet<string>? portfolioIds)
    {
        foreach (var project in projects.Where(project => portfolioIds is not null && project.PortfolioId is { } id && !portfolioIds.Contains(id)))
        {
            _log.Fail(DataQualityRules.OrphanRecord, EntityKind.Project, project.Id, project.Id,
                "The project names a portfolio that the data does not have: '" + project.PortfolioId + "'.", project.EvidenceOf("portfolio"));
        }
    }

    private void Fail(RuleDescriptor rule, EntityKind kind, string subjectId, string? projectId, string message, BoundSource source, int row,
        ColumnRef column, string field, string value) =>
        _log.Fail(rule, kind, subjectId, projectId ?? (kind == EntityKind.Project ? subjectId : null), message, new Evidence
        {
            Field = field,
            File = source.File,
            Row = row,
            Column = column.Position is { } position && position <= source.Headers.Count ? source.Headers[position - 1] : column.Names.Count > 0 ? column.Names[0] : null,
            Value = value,
        });

    private ITable Open(SourceMapping source)
    {
        var name = source.File.Replace('\\', '/') + (source.Sheet is { } sheet ? "#" + sheet : string.Empty);
        return TableReader.Open(Path.Combine(_mapping.Folder, source.File), name, new TableOptions
        {
            Encoding = source.Encoding,
            Delimiter = source.Delimiter,
            Sheet = source.Sheet,
            HeaderRow = source.HeaderRow,
            Limits = _limits,
        }, _formats);
    }

    private static IEnumerable<FieldCompleteness> Completeness(BoundSource source) =>
        source.Fields.Values.Concat(source.Custom).Select(field => new FieldCompleteness
        {
            File = source.File,
            Entity = source.Mapping.Entity,
            Field = field.EvidenceName,
            Column = field.Column,
            Rows = field.Filled + field.Empty + field.Unreadable + field.NotGiven,
            Filled = field.Filled,
            Empty = field.Empty,
            Unreadable = field.Unreadable,
            NotGiven = field.NotGiven,
        });

    private static string Cell(TableRow row, int index) => index < row.Cells.Count ? row.Cells[index].Trim() : string.Empty;

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Text;

namespace PmoAssess.Import.Inspection;

/// <summary>
/// Matches a client's headers to the canonical fields of an entity: by name first (ignoring case, spaces and
/// punctuation, so <c>Baseline Start</c> is <c>baseline_start</c>), then by a small table of the synonyms PMO exports
/// use (<c>SRO</c> is the sponsor, <c>RAG</c> the delivery confidence). Each field takes at most one column.
/// </summary>
internal static class HeaderMatcher
{
    /// <summary>Synonyms by canonical field, normalised; a trailing <c>*</c> matches any header starting so.</summary>
    private static readonly Dictionary<string, string[]> ProjectSynonyms = new(StringComparer.Ordinal)
    {
        ["id"] = ["projectnumber", "projectid", "projectref", "projectreference", "projectcode", "projectno", "ref", "reference", "identifier"],
        ["name"] = ["projectname", "title", "projecttitle", "project"],
        ["portfolio"] = ["portfolioname"],
        ["programme"] = ["program", "programmename", "programname"],
        ["stage"] = ["phase", "projectstage", "projectphase", "lifecyclestage"],
        ["sponsor"] = ["sro", "seniorresponsibleowner", "projectsponsor", "executivesponsor"],
        ["manager"] = ["pm", "projectmanager", "projectlead", "projectleader"],
        ["baseline_start"] = ["start", "startdate", "plannedstart", "plannedstartdate", "baselinestartdate"],
        ["baseline_end"] = ["end", "enddate", "finish", "finishdate", "plannedend", "plannedenddate", "plannedfinish", "baselineenddate", "baselinefinish"],
        ["forecast_end"] = ["forecastenddate", "forecastfinish", "forecastcompletion", "forecastcompletiondate", "expectedend", "expectedenddate"],
        ["delivery_confidence"] = ["rag", "ragstatus", "ragrating", "statuscolour", "statuscolor", "colourrating", "colorrating", "dca", "deliveryconfidenceassessment", "overallrag"],
        ["budget_at_completion"] = ["bac", "budget", "totalbudget", "wholelifecost", "wlc", "wlc*"],
        ["actual_cost"] = ["ac", "actuals", "actualcosts", "costtodate", "spendtodate", "actualspend"],
        ["earned_value"] = ["ev"],
        ["planned_value"] = ["pv"],
        ["estimate_at_completion"] = ["eac", "forecastcost", "forecastatcompletion"],
        ["last_status_report"] = ["lastreport", "statusdate", "reportdate", "lastupdated", "lastupdate"],
        ["charter_approved"] = ["charter", "charterapproval"],
        ["business_case_approved"] = ["businesscase", "businesscaseapproval"],
    };

    /// <summary>Synonyms for the fields of the other entities (their ids are matched by <see cref="IdSynonyms"/>).</summary>
    private static readonly Dictionary<string, string[]> OtherSynonyms = new(StringComparer.Ordinal)
    {
        ["project"] = ["projectid", "projectnumber", "projectref", "projectcode", "projectname"],
        ["title"] = ["name", "summary", "description"],
        ["name"] = ["title"],
        ["owner"] = ["responsible", "assignee", "assignedto"],
        ["severity"] = ["rating", "score", "impact"],
        ["mitigation"] = ["mitigations", "action", "actions", "response"],
        ["last_reviewed"] = ["reviewed", "reviewdate", "lastreview"],
        ["raised"] = ["raiseddate", "dateraised", "opened", "created"],
        ["resolved"] = ["resolveddate", "dateresolved", "closed", "closeddate"],
        ["decided"] = ["decisiondate", "datedecided"],
        ["baseline_date"] = ["baseline", "planneddate", "plan"],
        ["forecast_date"] = ["forecast", "expecteddate"],
        ["actual_date"] = ["actual", "completed", "completeddate"],
        ["date"] = ["gatedate", "reviewdate"],
        ["person"] = ["resource", "name", "employee"],
        ["percent"] = ["allocation", "fte", "percentage"],
        ["start"] = ["startdate", "from"],
        ["end"] = ["enddate", "to", "until"],
        ["due"] = ["duedate", "targetdate"],
    };

    /// <summary>The spelling headers are compared in: lower case, letters and digits only.</summary>
    public static string Normalise(string header)
    {
        var text = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }

    /// <summary>The columns matched to the layout's fields, in the order of the layout's columns.</summary>
    /// <param name="headers">The header cells; blank and duplicated headers are never matched by name.</param>
    /// <param name="layout">The entity whose canonical fields are looked for.</param>
    public static IReadOnlyList<FieldMatch> Match(IReadOnlyList<HeaderCell> headers, EntityLayout layout)
    {
        var usable = headers.Where(header => !header.Blank && header.DuplicateOf is null).ToList();
        var matches = new Dictionary<string, FieldMatch>(StringComparer.Ordinal);
        var taken = new HashSet<int>();
        // Exact names first, so a synonym never takes a column another field is named by.
        foreach (var field in layout.Columns)
        {
            if (usable.FirstOrDefault(header => !taken.Contains(header.Column) && Normalise(header.Name) == Normalise(field)) is { } exact)
            {
                matches[field] = new FieldMatch(field, exact, Synonym: null);
                taken.Add(exact.Column);
            }
        }

        foreach (var field in layout.Columns.Where(field => !matches.ContainsKey(field)))
        {
            foreach (var synonym in SynonymsOf(field, layout))
            {
                if (usable.FirstOrDefault(header => !taken.Contains(header.Column) && Fits(Normalise(header.Name), synonym)) is { } match)
                {
                    matches[field] = new FieldMatch(field, match, synonym.TrimEnd('*'));
                    taken.Add(match.Column);
                    break;
                }
            }
        }

        return [.. layout.Columns.Where(matches.ContainsKey).Select(field => matches[field])];
    }

    private static bool Fits(string header, string synonym) =>
        synonym.EndsWith('*') ? header.StartsWith(synonym[..^1], StringComparison.Ordinal) : header == synonym;

    private static string[] SynonymsOf(string field, EntityLayout layout)
    {
        if (layout.Name == CanonicalLayout.Projects.Name)
        {
            return ProjectSynonyms.GetValueOrDefault(field) ?? [];
        }

        return field == "id" ? IdSynonyms(layout) : OtherSynonyms.GetValueOrDefault(field) ?? [];
    }

    /// <summary>A register's id: <c>Risk ID</c>, <c>Risk No</c>, <c>Ref</c> and the like.</summary>
    private static string[] IdSynonyms(EntityLayout layout)
    {
        var singular = layout.Name switch
        {
            "changes" => "change",
            "evidence" => "question",
            var name => name.TrimEnd('s'),
        };
        return [singular + "id", singular + "number", singular + "ref", singular + "no", singular + "reference", "ref", "reference", "identifier", "no"];
    }
}

/// <summary>A canonical field matched to a column.</summary>
/// <param name="Field">The canonical field, snake_case.</param>
/// <param name="Header">The column.</param>
/// <param name="Synonym">The synonym that matched (normalised), or <c>null</c> when the header is the field's own name.</param>
internal sealed record FieldMatch(string Field, HeaderCell Header, string? Synonym);

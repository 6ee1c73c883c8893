namespace PmoAssess.Cli.Commands;

/// <summary>
/// The files <c>pmoassess init</c> writes beside the blank questionnaire. The policy is valid as written, and stays
/// valid with every commented-out setting switched on (a test holds it to that).
/// </summary>
internal static class InitTemplates
{
    /// <summary>
    /// A commented policy: every key the policy loader knows, with defaults or examples; <see cref="EngagementHole"/>
    /// stands for the engagement's name.
    /// </summary>
    /// <summary>Where <see cref="Policy"/> names the engagement: <c>init</c> writes its folder's name there.</summary>
    public const string EngagementHole = "ENGAGEMENT";

    public const string Policy = """
        # The governance policy for this engagement, read by:
        #   pmoassess assess data --policy pmoassess.yaml --answers answers.yaml
        #   pmoassess policy explain --policy pmoassess.yaml   (which rules run, how severe, and why)
        #
        # Every setting is optional. A commented-out setting shows an example: delete the '# ' to use it.
        # Paths are relative to this file. The command line wins over this file (--methodology, --pmo-type,
        # --fail-on, --out, --format, --baseline). The full format is engine/PmoAssess.Engine/Policy/README.md
        # in the PmoAssess repository.

        # The engagement's name: the report's title, and the runs its history compares with each other.
        # Without it, the assessed folder's name ('data').
        engagement: ENGAGEMENT

        # The maturity methodology: pmo-functions, p3m3, kerzner, a plugin's, or a .methodology.yaml file.
        # answers.yaml holds this methodology's questions; if you change it, write a new one with
        # 'pmoassess questionnaire ID --out answers.yaml'.
        methodology: pmo-functions

        # The PMO's type sets the severity profile and the default gate. A supportive PMO gives advice and
        # fails nothing; a controlling one fails on high findings and above; a directive one on medium and
        # above. When it is not set here, the questionnaire's answer about the PMO's type is used.
        # pmoType: controlling

        # The client's export in its own layout, read through a mapping (client.mapping.yaml says how). Leave it
        # commented out when data/ holds PmoAssess's canonical layout.
        # mapping: client.mapping.yaml

        # Rulesets (*.rules.yaml files, or folders of them) and plugin folders to load beside the built-in ones.
        # rulesets: [rules/]
        # plugins: [plugins/]

        # Which rules run, chosen by id (GOV-001), glob ("DQ-*"), tag ("tag:evm") or category ("category:risk"):
        # quote globs and patterns with a colon. With an enable list only the rules it chooses run; a rule that
        # is disabled never runs. 'pmoassess policy explain' shows what a pattern chooses.
        # rules:
        #   enable: ["category:governance", "category:risk"]
        #   disable: [TRN-001]

        # Severity overrides (info, low, medium, high or critical); the first pattern that matches a rule wins.
        # severity:
        #   GOV-101: critical
        #   "tag:evm": low

        # The gate decides when 'assess' exits 1 (a CI pipeline then fails); every condition set must hold.
        # failOn fails on a finding of that severity or higher (default: the PMO type's); maxFindings on more
        # findings than that; minCoverage when a rule passes less than that share of the subjects it applies
        # to; minLevel when a category's maturity is below its level. Waived and baselined findings do not count.
        # gate:
        #   failOn: high
        #   maxFindings: 50
        #   minCoverage: 80%
        #   minLevel:
        #     governance: 2

        # The maturity level to aim for, in every category ("*") or in one: the report adds the gap and a roadmap.
        targets:
          "*": 3
          # governance: 4

        # Exceptions granted for one rule and one subject, each with its justification, its approver and an
        # expiry date. A waived finding is listed apart in the report and does not fail the gate until it expires.
        waivers:
          allowOpenEnded: false
          maxDays: 180
          items:
            # - rule: GOV-002
            #   subject: PRJ-001
            #   justification: Started under a regulatory deadline; the board signs the charter in October.
            #   approver: CFO
            #   approved: 2026-07-01
            #   expires: 2026-12-15

        # A baseline of accepted findings: only findings not in it fail the gate. Write it with
        # 'pmoassess baseline create data --policy pmoassess.yaml --out baseline.json'.
        # baseline: baseline.json

        # Where reports go, and in which formats: md (report.md), html (report.html), json (findings.json),
        # sarif (findings.sarif) and junit (junit.xml).
        outputs:
          dir: out
          formats: [md, html]

        """;

    /// <summary>The engagement's README: the steps from data to gate.</summary>
    public const string Readme = """
        # PmoAssess engagement

        `pmoassess init` set up this folder. Run the commands below from here.

        | file | what it is |
        |---|---|
        | `pmoassess.yaml` | the governance policy: methodology, rules, severities, gate, waivers, outputs |
        | `answers.yaml` | the questionnaire, for what the data cannot show (a PMO charter, its staff, its reviews) |
        | `data/` | the client's portfolio export (see `data/README.md`) |
        | `client.mapping.yaml` | how the export's own columns map onto PmoAssess's projects, risks and the rest |
        | `out/` | the reports, written by `pmoassess assess` |

        ## Steps

        1. **Put the data in `data/`**, as the client exported it (CSV or Excel). Let PmoAssess propose a
           mapping from the real file, then check and edit it, and switch on `mapping:` in `pmoassess.yaml`:

           ```sh
           pmoassess inspect data/projects.csv --out client.mapping.yaml --force
           ```

           (Data already in PmoAssess's canonical layout, described in `data/README.md`, needs no mapping.)
        2. **Fill in `answers.yaml`** with the PMO: answer each question and note the evidence. Leave an
           answer blank when nobody knows; it is reported as not assessable, never as a failure.
        3. **Run the assessment**, adding `--as-of yyyy-MM-dd` for the date of the export (default: today):

           ```sh
           pmoassess assess data --policy pmoassess.yaml --answers answers.yaml
           ```

        4. **Read `out/report.md`** (or `out/report.html`, ready to print to PDF from a browser): the maturity
           of each PMO function, what blocks the next level, a roadmap, and every finding with the file,
           row and column it came from. Each run is recorded in `data/.pmoassess/history.db`: from the
           second on, the report shows what changed since the last one (`pmoassess history list --input data`).
        5. **Gate in CI**: set `pmoType` or `gate` in `pmoassess.yaml` and run the same command in the
           pipeline, with `--format md,html,sarif,junit` for code-scanning and test-result views. Record
           today's findings with `pmoassess baseline create` so that only new ones fail the build.

        `pmoassess assess` exits 0 when the gate passed, 1 when it failed, 2 on a usage error, 3 on invalid
        data or configuration (the message names the file, line and column) and 4 when a plugin fails to load.

        """;

    /// <summary>Where the client's export goes.</summary>
    public const string DataReadme = """
        # Portfolio data

        Put the client's portfolio export here, in PmoAssess's canonical layout: a folder of CSV files,
        one per register, or a single `.json` document. Only `projects.csv` is required:

        `portfolios.csv`, `projects.csv`, `risks.csv`, `issues.csv`, `changes.csv`, `milestones.csv`,
        `gates.csv`, `benefits.csv`, `allocations.csv`, `evidence.csv`

        Files are UTF-8 with a header row of snake_case column names, dates are `yyyy-MM-dd` and numbers
        are plain invariant numbers; an empty cell means "not known". The columns of each file and the
        values they take are in the canonical layout, `engine/PmoAssess.Engine/Import/README.md` in the
        PmoAssess repository. A column PmoAssess does not know is an error in every file but
        `projects.csv`, where it is kept as a custom field.

        Exports in any other layout (CSV in any encoding and delimiter, or Excel) are read as they are through
        a mapping file: `../client.mapping.yaml` is a template, and `pmoassess inspect FILE` proposes one from
        the file itself. Values a mapping cannot read become data-quality findings that point at the cell.

        """;

    /// <summary>A mapping to adapt: a typical projects export and a risk register, every key explained.</summary>
    public const string Mapping = """
        # How the client's export maps onto PmoAssess's projects, risks and the rest. Used when pmoassess.yaml
        # says 'mapping: client.mapping.yaml' (or with 'pmoassess assess . --mapping client.mapping.yaml').
        # Rather than edit this template, start from what PmoAssess proposes for the real file:
        #   pmoassess inspect data/projects.csv --out client.mapping.yaml --force
        # The full format is the "Mapping a client's layout" section of engine/PmoAssess.Engine/Import/README.md.
        # A value that does not read (a date in another format, text in a money column) becomes a
        # data-quality finding that points at its file, row and column; the run goes on.
        sources:
          - file: data/projects.csv          # a .csv, .tsv, .txt or .xlsx file, relative to this file
            entity: projects
            # sheet: Projects                # a workbook's sheet (default: the first)
            encoding: auto                   # or utf-8, utf-16, windows-1252
            delimiter: auto                  # or ",", ";", tab, "|"
            culture: en-GB                   # how numbers and money are written (1,234.56)
            dateFormats: [dd/MM/yyyy, yyyy-MM-dd]
            id: Project ID                   # the column that identifies each project
            fields:                          # PmoAssess's field: the client's column
              name: Project Name
              sponsor: [Sponsor, SRO]        # the first of these headers that the file has
              stage: Stage
              baseline_end: Baseline Finish
              forecast_end: Forecast Finish
              budget_at_completion: { column: Budget, money: units }    # or thousands, millions, billions
              delivery_confidence:
                column: RAG
                values: { G: green, A: amber, R: red }
                otherwise: not-given         # text that is no rating (an exemption) is kept, not a finding
            custom:                          # other columns rules may read with field('name')
              cost_centre: Cost Centre
          # - file: data/risks.csv
          #   entity: risks
          #   id: Risk ID
          #   project: Project ID            # or { column: Project Name, by: name }
          #   fields:
          #     title: Risk Title
          #     severity: { column: Impact, values: { H: high, M: medium, L: low } }
          #     owner: Owner

        """;
}

using System.Text.Json;
using PmoAssess.Scoring;

namespace PmoAssess.Reporting.Json;

/// <summary>The <c>maturity</c> part of <c>findings.json</c>: levels per category, their rules and blockers, and the roadmap.</summary>
internal static class MaturityJson
{
    public static void Write(Utf8JsonWriter json, MaturityAssessment? maturity)
    {
        if (maturity is null)
        {
            json.WriteNull("maturity");
            return;
        }

        json.WriteStartObject("maturity");
        var methodology = maturity.Methodology;
        json.WriteStartObject("methodology");
        json.WriteString("id", methodology.Id);
        json.WriteString("name", methodology.Name);
        json.WriteString("version", methodology.Version);
        json.WriteString("notice", methodology.Notice);
        json.WriteEnum("aggregation", methodology.Aggregation);
        json.WriteNumber("coverage", methodology.Coverage);
        json.WriteEndObject();
        json.WriteNumber("overall", maturity.Overall);
        json.WriteStartArray("categories");
        foreach (var category in maturity.Categories)
        {
            WriteCategory(json, category);
        }

        json.WriteEndArray();
        json.WriteStrings("unscored", maturity.Unscored.Select(rule => rule.Id));
        json.WriteStartArray("roadmap");
        foreach (var step in maturity.Roadmap)
        {
            json.WriteStartObject();
            json.WriteString("action", step.Action);
            json.WriteString("detail", step.Detail);
            json.WriteString("ruleId", step.Rule?.Rule.Id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCategory(Utf8JsonWriter json, CategoryScore category)
    {
        json.WriteStartObject();
        json.WriteString("id", category.Category.Id);
        json.WriteString("name", category.Category.Name);
        json.WriteNumber("level", category.Level);
        json.WriteNumber("target", category.Target);
        json.WriteNumber("gap", category.Gap);
        json.WriteStartArray("rules");
        foreach (var rule in category.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Rule.Id);
            json.WriteNumber("level", rule.Level);
            json.WriteEnum("state", rule.State);
            json.WriteShare("coverage", rule.Coverage);
            json.WriteNumber("passed", rule.Passed);
            json.WriteNumber("failed", rule.Failed);
            json.WriteNumber("notAssessable", rule.NotAssessable);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStrings("blockers", category.Blockers.Select(rule => rule.Rule.Id));
        json.WriteEndObject();
    }
}

using System.Text.Json;
using PmoAssess.Outcomes;
using PmoAssess.Policy;

namespace PmoAssess.Reporting.Json;

/// <summary>
/// The <c>policy</c> part of <c>findings.json</c>: the gate's verdict, the findings the policy set apart (waived or
/// baselined: listed, never hidden), the findings fixed since the baseline, and the waivers that need attention.
/// </summary>
internal static class PolicyJson
{
    public static void Write(Utf8JsonWriter json, PolicyVerdict? verdict)
    {
        if (verdict is null)
        {
            json.WriteNull("policy");
            return;
        }

        json.WriteStartObject("policy");
        json.WriteBoolean("gatePassed", verdict.GatePassed);
        json.WriteStrings("gateFailures", verdict.GateFailures);
        json.WriteStartArray("waived");
        foreach (var (finding, waiver) in verdict.Waived)
        {
            json.WriteStartObject();
            WriteFinding(json, finding);
            json.WritePropertyName("waiver");
            WriteWaiver(json, waiver);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("baselined");
        foreach (var finding in verdict.Baselined)
        {
            json.WriteStartObject();
            WriteFinding(json, finding);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("fixedSinceBaseline");
        foreach (var entry in verdict.FixedSinceBaseline)
        {
            json.WriteStartObject();
            json.WriteSubject(entry.Rule, entry.SubjectKind, entry.Subject);
            json.WriteEnum("severity", entry.Severity);
            json.WriteString("message", entry.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteWaivers(json, "expiredWaivers", verdict.Expired);
        WriteWaivers(json, "expiringWaivers", verdict.ExpiringSoon);
        WriteWaivers(json, "staleWaivers", verdict.Stale);
        WriteWaivers(json, "waiversMatchingNoRule", verdict.MatchingNoRule);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteSubject(finding.Rule.Id, finding.Outcome.SubjectKind, finding.Outcome.SubjectId);
        json.WriteEnum("severity", finding.Severity);
    }

    private static void WriteWaivers(Utf8JsonWriter json, string name, IReadOnlyList<Waiver> waivers)
    {
        json.WriteStartArray(name);
        foreach (var waiver in waivers)
        {
            WriteWaiver(json, waiver);
        }

        json.WriteEndArray();
    }

    private static void WriteWaiver(Utf8JsonWriter json, Waiver waiver)
    {
        json.WriteStartObject();
        json.WriteString("rule", waiver.Rule);
        json.WriteString("subject", waiver.Subject);
        json.WriteString("justification", waiver.Justification);
        json.WriteString("approver", waiver.Approver);
        json.WriteDate("approved", waiver.Approved);
        json.WriteDate("expires", waiver.Expires);
        json.WriteString("location", waiver.Location);
        json.WriteEndObject();
    }
}

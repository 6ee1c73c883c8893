using System.Security.Cryptography;
using System.Text;
using PmoAssess.Facts;
using PmoAssess.History;
using PmoAssess.Reporting.Model;
using static PmoAssess.Tests.History.Runs;

namespace PmoAssess.Tests.History;

/// <summary>The SHA-256 of a run's finding keys: equal for the same keys in the same order, whatever else the findings say.</summary>
public sealed class FindingKeysTests
{
    [Fact]
    public void Sha256_IsOfEachKeysTextsLengthThenCodeUnits_InOrder()
    {
        // Written out by hand: each text as its length (4 bytes, little-endian) and then its UTF-16 code units; the kind as
        // the store names it. A changed layout would make every stored value useless for the comparison.
        var bytes = new List<byte>();
        foreach (var text in new[] { "GOV-001", "project", "PRJ-001", "RSK-001", "risk", "RSK-006" })
        {
            bytes.AddRange(BitConverter.GetBytes(text.Length));
            bytes.AddRange(Encoding.Unicode.GetBytes(text));
        }

        var findings = new[] { Finding("GOV-001", "PRJ-001"), Finding("RSK-001", "RSK-006", kind: EntityKind.Risk) };

        FindingKeys.Sha256(findings).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray())));
    }

    [Fact]
    public void Sha256_SameKeysWithOtherMessagesSeveritiesStatesAndProjects_IsTheSame()
    {
        var findings = new[] { Finding("GOV-001", "PRJ-001"), Finding("RSK-001", "RSK-006", kind: EntityKind.Risk) };
        var reworded = new[]
        {
            Finding("GOV-001", "PRJ-001", Outcomes.Severity.Low, message: "Another sentence.") with { ProjectId = null },
            Finding("RSK-001", "RSK-006", kind: EntityKind.Risk, state: FindingState.Waived),
        };

        FindingKeys.Sha256(reworded).ShouldBe(FindingKeys.Sha256(findings));
    }

    [Fact]
    public void Sha256_KeysInAnotherOrderOrSplitOtherwiseOrOfAnotherKind_DiffersFromTheKeys()
    {
        var keys = FindingKeys.Sha256([Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-002")]);

        FindingKeys.Sha256([Finding("GOV-001", "PRJ-002"), Finding("GOV-001", "PRJ-001")]).ShouldNotBe(keys);
        FindingKeys.Sha256([Finding("GOV-001", "PRJ-001")]).ShouldNotBe(keys);
        FindingKeys.Sha256([Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-002", kind: EntityKind.Portfolio)]).ShouldNotBe(keys);
        // The same characters in one text or another: "GOV-001" + "PRJ-001" is not "GOV-001P" + "RJ-001".
        FindingKeys.Sha256([Finding("GOV-001P", "RJ-001"), Finding("GOV-001", "PRJ-002")]).ShouldNotBe(keys);
        FindingKeys.Sha256([]).ShouldNotBe(keys);
    }
}

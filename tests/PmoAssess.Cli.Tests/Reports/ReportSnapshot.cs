namespace PmoAssess.Cli.Tests.Reports;

/// <summary>Checks a report against its approved snapshot in <c>Reports/Approved/NAME.approved.md</c>, byte for byte.</summary>
internal static class ReportSnapshot
{
    // Synchronous on purpose, and in this folder: Shouldly finds the approved file from the caller's source
    // location, which an async test method's continuation does not have.
    public static void ShouldMatch(string report, string name) =>
        report.ShouldMatchApproved(configuration => configuration
            .UseCallerLocation()
            .SubFolder("Approved")
            .WithFileExtension("md")
            .DoNotIgnoreLineEndings()
            .WithFilenameGenerator((_, _, type, extension) => name + "." + type + "." + extension));
}

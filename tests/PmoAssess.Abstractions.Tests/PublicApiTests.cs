using PmoAssess.Facts;
using PublicApiGenerator;

namespace PmoAssess.Tests.Abstractions;

/// <summary>
/// The contract assembly is what third-party plugins compile against. Any change to its public surface
/// shows up here as a diff to approve, so a breaking change is always a decision, never an accident.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_OfContractAssembly_MatchesApproved()
    {
        var api = typeof(Fact).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });

        api.ShouldMatchApproved(configuration => configuration
            .SubFolder("Approved")
            .WithFileExtension("txt")
            .WithFilenameGenerator((_, _, type, extension) => "PmoAssess.Abstractions." + type + "." + extension));
    }
}

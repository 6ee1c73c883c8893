using PmoAssess.Assessment;
using PmoAssess.Plugins;

namespace PmoAssess.Tests;

// The sample assessed with one plugin's rules: needs PmoAssess.Testing, so linked into the plugin test projects only.
internal static partial class SampleContoso
{
    /// <summary>Runs every rule <paramref name="plugin"/> registers over the sample, as of <see cref="AsOf"/>, after the host's checks.</summary>
    public static AssessmentResult Assess(IPmoPlugin plugin) =>
        Testing.RuleHarness.ForPlugin(plugin).AsOf(AsOf).Given(Read()).Run().Assessment;
}

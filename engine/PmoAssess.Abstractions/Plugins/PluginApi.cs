namespace PmoAssess.Plugins;

/// <summary>The plugin API this build of the contract offers. A plugin declares the range it supports in its manifest.</summary>
public static class PluginApi
{
    /// <summary>
    /// The plugin API version. It goes up when the contract changes in a way a compiled plugin could
    /// notice; plugins whose supported range excludes it are refused with a clear message.
    /// </summary>
    public const int Version = 1;
}

namespace PmoAssess.Plugins;

/// <summary>A plugin could not be loaded or registered: exit code 4. The message names the plugin's path and the reason.</summary>
public sealed class PluginLoadException : Exception
{
    public PluginLoadException()
    {
    }

    public PluginLoadException(string message)
        : base(message)
    {
    }

    public PluginLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace PmoAssess;

/// <summary>
/// A plugin's code failed while the host ran it (not while it loaded): a table format that threw something other than
/// a <see cref="FormatException"/> on a file, or a rule that threw or decided differently when asked again about a pass
/// it gave. The plugin is at fault, not the data: exit code 4.
/// </summary>
public sealed class PluginFaultException : Exception
{
    public PluginFaultException()
    {
    }

    public PluginFaultException(string message)
        : base(message)
    {
    }

    public PluginFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

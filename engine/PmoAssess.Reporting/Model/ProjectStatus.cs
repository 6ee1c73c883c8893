namespace PmoAssess.Reporting.Model;

/// <summary>A project's RAG-like status, taken from its worst finding.</summary>
public enum ProjectStatus
{
    /// <summary>No finding worse than low.</summary>
    Green,
    /// <summary>A medium finding at worst.</summary>
    Amber,
    /// <summary>A high or critical finding.</summary>
    Red,
}

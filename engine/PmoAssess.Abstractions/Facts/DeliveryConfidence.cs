namespace PmoAssess.Facts;

/// <summary>The delivery confidence assessment (RAG) of a project, on the five-point GMPP scale.</summary>
public enum DeliveryConfidence
{
    /// <summary>Successful delivery appears highly likely.</summary>
    Green,
    /// <summary>Successful delivery appears probable.</summary>
    AmberGreen,
    /// <summary>Successful delivery appears feasible but significant issues exist.</summary>
    Amber,
    /// <summary>Successful delivery is in doubt.</summary>
    AmberRed,
    /// <summary>Successful delivery appears unachievable.</summary>
    Red,
}

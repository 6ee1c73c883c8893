using PmoAssess.Facts;
using PmoAssess.Import.Quality;

namespace PmoAssess.Import;

/// <summary>What an import read: the dataset, and for a client layout read through a mapping, what it found wrong with the data.</summary>
/// <param name="Dataset">The facts.</param>
/// <param name="Quality">The data-quality findings and completeness; <c>null</c> for the canonical layout, which reads strictly.</param>
public sealed record ImportResult(PortfolioDataset Dataset, DataQualityReport? Quality);

namespace PmoAssess.History.Schema;

/// <summary>One step of the schema: the SQL that takes a store from <see cref="Version"/> − 1 to <see cref="Version"/>.</summary>
/// <param name="Version">The schema version the step produces; <c>PRAGMA user_version</c> is set to it in the same transaction.</param>
/// <param name="Sql">The statements, run in the migration's transaction.</param>
internal sealed record Migration(int Version, string Sql);

namespace PmoAssess.Import.Mapping;
internal static class MappingLoader { public static MappingFile Load(string path) => throw new NotSupportedException(); }
